/*
 *   This program is free software: you can redistribute it and/or modify
 *   it under the terms of the GNU General Public License as published by
 *   the Free Software Foundation, either version 3 of the License, or
 *   (at your option) any later version.
 *
 *   This program is distributed in the hope that it will be useful,
 *   but WITHOUT ANY WARRANTY; without even the implied warranty of
 *   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the
 *   GNU General Public License for more details.
 *
 *   You should have received a copy of the GNU General Public License
 *   along with this program. If not, see <https://www.gnu.org/licenses/>.
 */

package weka.filters.unsupervised.attribute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.WekaException;
import weka.filters.Filter;
import weka.w2s.encoders.Encoder;

/** What the embedding must satisfy, on the small quantized MiniLM model only (fast in CI). */
class SentenceEmbeddingBehaviourTest {

  private static final String[] TEXTS = {
    "A man is playing a guitar.",
    "Someone plays the guitar on stage.",
    "The stock market fell sharply today.",
    "A man is playing a guitar.",
  };

  /** Data: text (string), weight (numeric), label {yes, no} as the class. */
  private static Instances data(String... texts) {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("text", (List<String>) null));
    atts.add(new Attribute("weight"));
    atts.add(new Attribute("label", new ArrayList<>(Arrays.asList("yes", "no"))));
    Instances data = new Instances("texts", atts, texts.length);
    for (int i = 0; i < texts.length; i++) {
      double[] v = new double[3];
      v[0] = texts[i] == null ? Utils.missingValue() : data.attribute(0).addStringValue(texts[i]);
      v[1] = i;
      v[2] = i % 2;
      data.add(new DenseInstance(1.0 + i, v));
    }
    data.setClassIndex(2);
    return data;
  }

  private static SentenceEmbedding filter() {
    SentenceEmbedding f = new SentenceEmbedding();
    f.useEncoder(Encoder.MINILM_Q);
    f.setQuiet(true);
    return f;
  }

  private static Instances apply(SentenceEmbedding f, Instances data) throws Exception {
    f.setInputFormat(data);
    return Filter.useFilter(data, f);
  }

  private static double[] embedding(Instances out, int row) {
    double[] v = new double[384];
    int first = out.attribute("minilm_q_0").index();
    for (int d = 0; d < 384; d++) {
      v[d] = out.instance(row).value(first + d);
    }
    return v;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Test
  void replacesTheTextByNamedEmbeddingAttributesAndKeepsTheRest() throws Exception {
    Instances out = apply(filter(), data(TEXTS));
    assertEquals(384 + 2, out.numAttributes());
    for (int d = 0; d < 384; d++) {
      assertEquals("minilm_q_" + d, out.attribute(d).name());
      assertTrue(out.attribute(d).isNumeric());
    }
    assertEquals("weight", out.attribute(384).name());
    assertEquals("label", out.classAttribute().name());
    assertEquals(385, out.classIndex());
    for (int i = 0; i < TEXTS.length; i++) {
      assertEquals(i, out.instance(i).value(384));
      assertEquals(i % 2, out.instance(i).classValue());
      assertEquals(1.0 + i, out.instance(i).weight());
    }
  }

  @Test
  void embeddingsHaveUnitLengthAndIdenticalTextsIdenticalEmbeddings() throws Exception {
    Instances out = apply(filter(), data(TEXTS));
    for (int i = 0; i < TEXTS.length; i++) {
      double[] v = embedding(out, i);
      assertEquals(1.0, Math.sqrt(dot(v, v)), 1e-5, "LangChain4j normalises every embedding");
    }
    assertArrayEquals(embedding(out, 0), embedding(out, 3));
  }

  @Test
  void similarSentencesAreCloserThanUnrelatedOnes() throws Exception {
    Instances out = apply(filter(), data(TEXTS));
    double similar = dot(embedding(out, 0), embedding(out, 1));
    double unrelated = dot(embedding(out, 0), embedding(out, 2));
    assertTrue(similar > unrelated + 0.3, "cos(similar) = " + similar + ", cos(unrelated) = " + unrelated);
  }

  @Test
  void outputIsDeterministicAndIndependentOfTheBatchSize() throws Exception {
    Instances once = apply(filter(), data(TEXTS));
    SentenceEmbedding small = filter();
    small.setBatchSize(1);
    Instances again = apply(small, data(TEXTS));
    for (int i = 0; i < TEXTS.length; i++) {
      assertArrayEquals(embedding(once, i), embedding(again, i));
    }
  }

  /** Reference values of this model, with a tolerance for other CPUs' kernels. */
  @Test
  void matchesReferenceValues() throws Exception {
    Instances out = apply(filter(), data(TEXTS));
    double[] v = embedding(out, 0);
    double[] expected = ReferenceValues.MINILM_Q_GUITAR_FIRST8;
    for (int d = 0; d < expected.length; d++) {
      assertEquals(expected[d], v[d], 2e-3, "dimension " + d);
    }
  }

  @Test
  void keepTextPutsTheEmbeddingAfterTheText() throws Exception {
    SentenceEmbedding f = filter();
    f.setKeepText(true);
    Instances out = apply(f, data(TEXTS));
    assertEquals(384 + 3, out.numAttributes());
    assertTrue(out.attribute(0).isString());
    assertEquals(TEXTS[2], out.instance(2).stringValue(0));
    assertEquals("minilm_q_0", out.attribute(1).name());
    assertEquals(386, out.classIndex());
  }

  @Test
  void namePrefixAndTextPrefixAreApplied() throws Exception {
    SentenceEmbedding f = filter();
    f.setNamePrefix("enc");
    f.setTextPrefix("query: ");
    Instances out = apply(f, data(TEXTS));
    assertEquals("enc_0", out.attribute(0).name());
    assertEquals("enc_383", out.attribute(383).name());
    Instances plain = apply(filter(), data(TEXTS));
    assertTrue(out.instance(0).value(0) != plain.instance(0).value(0), "the prefix changes the input text");
  }

  @Test
  void commandLineOptionsChooseTheModelByShortName() throws Exception {
    SentenceEmbedding f = new SentenceEmbedding();
    f.setOptions(new String[] {"-model", "e5_q", "-string-index", "last", "-keep-text", "-batch-size", "8"});
    assertEquals(Encoder.E5_Q, f.encoder());
    assertEquals("last", f.getStringAttribute());
    assertTrue(f.getKeepText());
    assertEquals(8, f.getBatchSize());
    List<String> options = Arrays.asList(f.getOptions());
    assertTrue(options.contains("e5_q"), options.toString());
  }

  @Test
  void aNonStringAttributeIsRefusedWithAClearMessage() {
    SentenceEmbedding f = filter();
    f.setStringAttribute("2");
    Exception e = assertThrows(WekaException.class, () -> f.setInputFormat(data(TEXTS)));
    assertTrue(e.getMessage().contains("'weight') is numeric, not string"), e.getMessage());
  }

  @Test
  void aMissingOrBlankTextIsAnErrorUnlessMappedToZero() throws Exception {
    Instances withMissing = data("a text", null, "another text");
    Exception e = assertThrows(Exception.class, () -> apply(filter(), withMissing));
    assertTrue(e.getMessage().contains("instance 2") && e.getMessage().contains("missing"), e.getMessage());
    Exception blank = assertThrows(Exception.class, () -> apply(filter(), data("a text", "   ")));
    assertTrue(blank.getMessage().contains("blank"), blank.getMessage());

    SentenceEmbedding f = filter();
    f.setMissingAsZero(true);
    Instances out = apply(f, withMissing);
    assertEquals(0.0, dot(embedding(out, 1), embedding(out, 1)));
    assertEquals(1.0, dot(embedding(out, 0), embedding(out, 0)), 1e-5);
  }

  @Test
  void emptyDataGivesTheEmbeddingHeaderAndNoRows() throws Exception {
    Instances out = apply(filter(), data());
    assertEquals(0, out.numInstances());
    assertEquals(386, out.numAttributes());
  }

  @Test
  void aNameClashAndABadBatchSizeAreRefused() {
    SentenceEmbedding clash = filter();
    clash.setNamePrefix("weigh");
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("text", (List<String>) null));
    atts.add(new Attribute("weigh_3"));
    Instances data = new Instances("clash", atts, 0);
    Exception e = assertThrows(WekaException.class, () -> clash.setInputFormat(data));
    assertTrue(e.getMessage().contains("weigh_3"), e.getMessage());

    SentenceEmbedding bad = filter();
    bad.setBatchSize(0);
    assertThrows(WekaException.class, () -> bad.setInputFormat(data(TEXTS)));
  }

  /**
   * Issue 16, item 8: the command line is the package's (FilterMain): a truncated input is an error,
   * not embedded on its prefix, and a failed run leaves an existing -o file as it was.
   */
  @Test
  void theCommandLineRefusesATruncatedInputAndKeepsTheOutput(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    StringBuilder arff = new StringBuilder("@relation t\n@attribute text string\n@attribute c {a,b}\n@data\n");
    for (int i = 0; i < 8; i++) {
      arff.append("'sentence number ").append(i).append("',").append(i % 2 == 0 ? "a" : "b").append('\n');
    }
    java.nio.file.Path cut = dir.resolve("cut.arff");
    java.nio.file.Files.writeString(cut, arff.substring(0, arff.length() - 12));
    java.nio.file.Path out = dir.resolve("out.arff");
    java.nio.file.Files.writeString(out, "KEEP");
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int code = weka.w2s.FilterMain.run(new SentenceEmbedding(), new String[] {"-i", cut.toString(), "-o",
        out.toString(), "-c", "last"}, System.out, new java.io.PrintStream(err, true, "UTF-8"));
    String message = err.toString("UTF-8");
    assertEquals(1, code, message);
    assertTrue(message.contains("Cannot read") && !message.contains("\tat "), message);
    assertEquals("KEEP", java.nio.file.Files.readString(out));
    code = weka.w2s.FilterMain.run(new SentenceEmbedding(), new String[] {"-i", cut.toString(), "-o",
        out.toString(), "-bogus"}, System.out, new java.io.PrintStream(err, true, "UTF-8"));
    assertEquals(2, code, err.toString("UTF-8"));
    assertEquals("KEEP", java.nio.file.Files.readString(out));
  }
}
