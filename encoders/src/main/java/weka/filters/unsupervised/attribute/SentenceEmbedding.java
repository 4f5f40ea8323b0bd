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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import weka.core.Attribute;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.SingleIndex;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformation.Field;
import weka.core.TechnicalInformation.Type;
import weka.core.TechnicalInformationHandler;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.core.WekaException;
import weka.filters.SimpleBatchFilter;
import weka.filters.UnsupervisedFilter;
import weka.w2s.encoders.Encoder;
import weka.w2s.encoders.ExplorerStatus;

/**
 * Replaces a string attribute by the sentence embedding of a pretrained encoder that runs in process
 * on ONNX Runtime (see {@link Encoder}). The embedding attributes are named {@code <prefix>_0 ..
 * <prefix>_383}, the prefix being the encoder's short name unless set, so that a representation can be
 * selected as {@code name:minilm_q_.*}. They take the string attribute's place (after it when the text
 * is kept); every other attribute, the class and the instance weights are copied unchanged.
 *
 * <p>A missing or blank text is an error, unless {@code -missing-as-zero} is set: it then gets the
 * zero vector (which no text maps to, as every embedding has length one). An empty data set gives an
 * empty output with the embedding header.
 */
public class SentenceEmbedding extends SimpleBatchFilter
    implements UnsupervisedFilter, WeightedInstancesHandler, TechnicalInformationHandler {

  private static final long serialVersionUID = 3416794227014532865L;

  /** Seconds before the first progress line, and between two of them. */
  private static final double PROGRESS_FIRST_SECONDS = 5;
  private static final double PROGRESS_EVERY_SECONDS = 15;

  private Encoder m_encoder = Encoder.MINILM_Q;
  private SingleIndex m_stringIndex = new SingleIndex("first");
  private boolean m_keepText;
  private int m_batchSize = 64;
  private String m_textPrefix = "";
  private String m_namePrefix = "";
  private boolean m_missingAsZero;
  private boolean m_quiet;

  /** Input attribute index of the text, and output position of each input attribute (or -1). */
  private int m_textIndex = -1;
  private int[] m_outputPosition;
  private int m_firstEmbeddingAttribute;

  @Override
  public String globalInfo() {
    return "Replaces a string attribute by the sentence embedding of a pretrained encoder that runs in"
        + " process, offline, on ONNX Runtime: all-MiniLM-L6-v2, bge-small-en-v1.5 or e5-small-v2, each also"
        + " 8-bit quantized (LangChain4j's in-process models). Embeddings have length 1; the attributes are"
        + " named <prefix>_0.. <prefix>_383 (prefix: the encoder's short name unless set), at the place of"
        + " the string attribute. A missing or blank text is an error unless missing-as-zero is set.\n\n"
        + "For more information see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation result = new TechnicalInformation(Type.INPROCEEDINGS);
    result.setValue(Field.AUTHOR, "Nils Reimers and Iryna Gurevych");
    result.setValue(Field.TITLE, "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks");
    result.setValue(Field.BOOKTITLE, "Proceedings of EMNLP-IJCNLP 2019");
    result.setValue(Field.YEAR, "2019");
    result.setValue(Field.PAGES, "3982-3992");
    TechnicalInformation bge = result.add(Type.MISC);
    bge.setValue(Field.AUTHOR, "Shitao Xiao and Zheng Liu and Peitian Zhang and Niklas Muennighoff");
    bge.setValue(Field.TITLE, "C-Pack: Packaged Resources To Advance General Chinese Embedding");
    bge.setValue(Field.YEAR, "2023");
    bge.setValue(Field.NOTE, "arXiv:2309.07597 (the bge models)");
    TechnicalInformation e5 = result.add(Type.MISC);
    e5.setValue(Field.AUTHOR, "Liang Wang and Nan Yang and Xiaolong Huang and Binxing Jiao and Linjun Yang"
        + " and Daxin Jiang and Rangan Majumder and Furu Wei");
    e5.setValue(Field.TITLE, "Text Embeddings by Weakly-Supervised Contrastive Pre-training");
    e5.setValue(Field.YEAR, "2022");
    e5.setValue(Field.NOTE, "arXiv:2212.03533 (the e5 models)");
    return result;
  }

  // ---------------------------------------------------------------------------------------- options

  @OptionMetadata(displayName = "model", description = "The encoder: minilm (all-MiniLM-L6-v2), bge"
      + " (bge-small-en-v1.5), e5 (e5-small-v2), or their 8-bit quantized forms minilm_q, bge_q, e5_q"
      + " (default minilm_q).", commandLineParamName = "model",
      commandLineParamSynopsis = "-model <minilm|minilm_q|bge|bge_q|e5|e5_q>", displayOrder = 1)
  public SelectedTag getModel() {
    return new SelectedTag(m_encoder.ordinal(), Encoder.tags());
  }

  public void setModel(SelectedTag value) {
    m_encoder = Encoder.values()[value.getSelectedTag().getID()];
  }

  /** The encoder (for programs; the GUI and the command line use {@link #getModel()}). */
  public Encoder encoder() {
    return m_encoder;
  }

  /** Chooses the encoder (for programs). */
  public void useEncoder(Encoder value) {
    if (value == null) {
      throw new IllegalArgumentException("The encoder must be given.");
    }
    m_encoder = value;
  }

  @OptionMetadata(displayName = "stringAttribute", description = "The string attribute to embed: 'first',"
      + " 'last' or a 1-based index (default first).", commandLineParamName = "string-index",
      commandLineParamSynopsis = "-string-index <index>", displayOrder = 2)
  public String getStringAttribute() {
    return m_stringIndex.getSingleIndex();
  }

  public void setStringAttribute(String value) {
    m_stringIndex.setSingleIndex(value);
  }

  @OptionMetadata(displayName = "keepText", description = "Keep the string attribute (the embedding"
      + " follows it) instead of replacing it.", commandLineParamName = "keep-text",
      commandLineParamSynopsis = "-keep-text", commandLineParamIsFlag = true, displayOrder = 3)
  public boolean getKeepText() {
    return m_keepText;
  }

  public void setKeepText(boolean value) {
    m_keepText = value;
  }

  @OptionMetadata(displayName = "batchSize", description = "Texts handed to the encoder at once (also the"
      + " granularity of progress reports; default 64).", commandLineParamName = "batch-size",
      commandLineParamSynopsis = "-batch-size <n>", displayOrder = 4)
  public int getBatchSize() {
    return m_batchSize;
  }

  public void setBatchSize(int value) {
    m_batchSize = value;
  }

  @OptionMetadata(displayName = "textPrefix", description = "Text put before every input, as some models"
      + " expect (e5's authors use 'query: '; default none).", commandLineParamName = "text-prefix",
      commandLineParamSynopsis = "-text-prefix <text>", displayOrder = 5)
  public String getTextPrefix() {
    return m_textPrefix;
  }

  public void setTextPrefix(String value) {
    m_textPrefix = value == null ? "" : value;
  }

  @OptionMetadata(displayName = "namePrefix", description = "Prefix of the embedding attributes' names"
      + " (default: the model's short name, e.g. minilm_q gives minilm_q_0 .. minilm_q_383).",
      commandLineParamName = "name-prefix", commandLineParamSynopsis = "-name-prefix <prefix>",
      displayOrder = 6)
  public String getNamePrefix() {
    return m_namePrefix;
  }

  public void setNamePrefix(String value) {
    m_namePrefix = value == null ? "" : value.trim();
  }

  @OptionMetadata(displayName = "missingAsZero", description = "Give a missing or blank text the zero"
      + " vector instead of stopping with an error.", commandLineParamName = "missing-as-zero",
      commandLineParamSynopsis = "-missing-as-zero", commandLineParamIsFlag = true, displayOrder = 7)
  public boolean getMissingAsZero() {
    return m_missingAsZero;
  }

  public void setMissingAsZero(boolean value) {
    m_missingAsZero = value;
  }

  @OptionMetadata(displayName = "quiet", description = "No progress lines on the standard error stream or in the Explorer's status bar"
      + " (by default they appear when embedding takes more than a few seconds).",
      commandLineParamName = "quiet", commandLineParamSynopsis = "-quiet", commandLineParamIsFlag = true,
      displayOrder = 8)
  public boolean getQuiet() {
    return m_quiet;
  }

  public void setQuiet(boolean value) {
    m_quiet = value;
  }

  /** The prefix the embedding attributes get. */
  public String effectiveNamePrefix() {
    return m_namePrefix.isEmpty() ? m_encoder.id() : m_namePrefix;
  }

  // ------------------------------------------------------------------------------------- filtering

  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.disableAll();
    result.enableAllAttributes();
    result.enable(Capability.MISSING_VALUES);
    result.enableAllClasses();
    result.enable(Capability.MISSING_CLASS_VALUES);
    result.enable(Capability.NO_CLASS);
    return result;
  }

  @Override
  protected boolean hasImmediateOutputFormat() {
    return true;
  }

  @Override
  protected Instances determineOutputFormat(Instances inputFormat) throws Exception {
    if (m_batchSize < 1) {
      throw new WekaException("SentenceEmbedding: the batch size must be at least 1, got " + m_batchSize + ".");
    }
    m_stringIndex.setUpper(inputFormat.numAttributes() - 1);
    int text = m_stringIndex.getIndex();
    Attribute source = inputFormat.attribute(text);
    if (!source.isString()) {
      throw new WekaException("SentenceEmbedding: attribute " + (text + 1) + " ('" + source.name() + "') is "
          + Attribute.typeToString(source) + ", not string. Choose a string attribute with -string-index"
          + " (NominalToString turns a nominal attribute into one).");
    }
    if (text == inputFormat.classIndex()) {
      throw new WekaException("SentenceEmbedding: attribute '" + source.name() + "' is the class; embed"
          + " another string attribute.");
    }
    String prefix = effectiveNamePrefix();
    Set<String> names = new HashSet<>();
    ArrayList<Attribute> attributes = new ArrayList<>();
    int[] position = new int[inputFormat.numAttributes()];
    int first = -1;
    for (int i = 0; i < inputFormat.numAttributes(); i++) {
      position[i] = -1;
      if (i != text || m_keepText) {
        position[i] = attributes.size();
        attributes.add((Attribute) inputFormat.attribute(i).copy());
        claim(names, inputFormat.attribute(i).name());
      }
      if (i == text) {
        first = attributes.size();
        for (int d = 0; d < m_encoder.dimension(); d++) {
          String name = prefix + "_" + d;
          claim(names, name);
          attributes.add(new Attribute(name));
        }
      }
    }
    Instances output = new Instances(inputFormat.relationName() + "-" + prefix, attributes, 0);
    if (inputFormat.classIndex() >= 0) {
      output.setClassIndex(position[inputFormat.classIndex()]);
    }
    m_textIndex = text;
    m_outputPosition = position;
    m_firstEmbeddingAttribute = first;
    return output;
  }

  private static void claim(Set<String> names, String name) throws WekaException {
    if (!names.add(name)) {
      throw new WekaException("SentenceEmbedding: the data already has an attribute named '" + name
          + "'; give the embedding another name prefix (-name-prefix).");
    }
  }

  @Override
  protected Instances process(Instances data) throws Exception {
    Instances output = new Instances(getOutputFormat(), data.numInstances());
    int n = data.numInstances();
    int dimension = m_encoder.dimension();
    Progress progress = new Progress(n);
    for (int start = 0; start < n; start += m_batchSize) {
      int end = Math.min(n, start + m_batchSize);
      List<String> texts = new ArrayList<>(end - start);
      boolean[] blank = new boolean[end - start];
      for (int i = start; i < end; i++) {
        Instance inst = data.instance(i);
        String text = inst.isMissing(m_textIndex) ? null : inst.stringValue(m_textIndex);
        if (text == null || text.trim().isEmpty()) {
          if (!m_missingAsZero) {
            throw new WekaException("SentenceEmbedding: the text of instance " + (i + 1) + " ('"
                + data.attribute(m_textIndex).name() + "') is " + (text == null ? "missing" : "blank")
                + "; remove such instances or set -missing-as-zero to give them the zero vector.");
          }
          blank[i - start] = true;
        } else {
          texts.add(m_textPrefix + text);
        }
      }
      float[][] vectors = m_encoder.embed(texts);
      int next = 0;
      for (int i = start; i < end; i++) {
        float[] vector = blank[i - start] ? new float[dimension] : vectors[next++];
        output.add(convert(data.instance(i), vector, output));
      }
      progress.done(end);
    }
    progress.finish();
    return output;
  }

  /** The output instance: the copied attributes and the embedding. */
  private Instance convert(Instance inst, float[] vector, Instances output) {
    double[] values = new double[output.numAttributes()];
    for (int i = 0; i < m_outputPosition.length; i++) {
      int o = m_outputPosition[i];
      if (o < 0) {
        continue;
      }
      Attribute att = inst.attribute(i);
      if (inst.isMissing(i)) {
        values[o] = Utils.missingValue();
      } else if (att.isString()) {
        values[o] = output.attribute(o).addStringValue(inst.stringValue(i));
      } else if (att.isRelationValued()) {
        values[o] = output.attribute(o).addRelation(inst.relationalValue(i));
      } else {
        values[o] = inst.value(i);
      }
    }
    for (int d = 0; d < vector.length; d++) {
      values[m_firstEmbeddingAttribute + d] = vector[d];
    }
    return new DenseInstance(inst.weight(), values);
  }

  /**
   * Progress lines on stderr and in the status bar of an open Explorer, time-throttled so that
   * short inputs print nothing.
   */
  private final class Progress {
    private final int total;
    private final long started = System.nanoTime();
    private double nextReport = PROGRESS_FIRST_SECONDS;
    private boolean reported;

    Progress(int total) {
      this.total = total;
    }

    void done(int count) {
      double elapsed = (System.nanoTime() - started) / 1e9;
      if (m_quiet || elapsed < nextReport || count >= total) {
        return;
      }
      double rate = count / elapsed;
      report(String.format(Locale.ROOT, "SentenceEmbedding (%s): %d/%d texts, %.0f/s, about %.0f s left",
          m_encoder.id(), count, total, rate, (total - count) / rate));
      nextReport = elapsed + PROGRESS_EVERY_SECONDS;
      reported = true;
    }

    void finish() {
      if (reported && !m_quiet) {
        double elapsed = (System.nanoTime() - started) / 1e9;
        report(String.format(Locale.ROOT, "SentenceEmbedding (%s): %d texts in %.1f s", m_encoder.id(), total,
            elapsed));
      }
    }

    private void report(String line) {
      System.err.println(line);
      ExplorerStatus.show(line);
    }
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    weka.w2s.CommandLine.quietWekaStartup();
    weka.w2s.FilterMain.main(new SentenceEmbedding(), args); // the package's strict reading and atomic -o
  }
}
