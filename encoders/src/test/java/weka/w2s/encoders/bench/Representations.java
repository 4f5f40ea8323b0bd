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

package weka.w2s.encoders.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SelectedTag;
import weka.core.converters.ArffSaver;
import weka.core.converters.ConverterUtils.DataSource;
import weka.core.tokenizers.CharacterNGramTokenizer;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.RandomProjection;
import weka.filters.unsupervised.attribute.SentenceEmbedding;
import weka.filters.unsupervised.attribute.StringToWordVector;
import weka.w2s.encoders.Encoder;

/**
 * Builds the representations of a task's texts: encoder embeddings (the SentenceEmbedding filter,
 * cached as ARFF per task and model), character n-gram bags (Weka's StringToWordVector) reduced by
 * principal components (EJML) or random projection (Weka's RandomProjection), and random
 * projections of other representations. All of them are label-free: the
 * class never reaches a filter.
 */
public final class Representations {

  /** The prefix e5's authors put before every input of a symmetric task. */
  static final String E5_PREFIX = "query: ";

  private final Path cacheDir;

  /** @param cacheDir where embeddings are kept between runs (created if missing) */
  public Representations(Path cacheDir) {
    this.cacheDir = cacheDir;
  }

  /** The task's texts alone (the class removed), so that no filter sees a label. */
  static Instances textsOnly(Instances task) {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("text", (List<String>) null));
    Instances out = new Instances(task.relationName() + "-texts", atts, task.numInstances());
    for (Instance inst : task) {
      out.add(new DenseInstance(1.0, new double[] {out.attribute(0).addStringValue(inst.stringValue(0))}));
    }
    return out;
  }

  /**
   * The embedding of every text by an encoder, from the cache when it holds this exact list of texts
   * (file named by task, encoder and a hash of the texts), else computed with the SentenceEmbedding
   * filter and cached.
   */
  public Representation embedding(Instances task, Encoder encoder) throws Exception {
    Instances texts = textsOnly(task);
    String prefix = encoder == Encoder.E5 || encoder == Encoder.E5_Q ? E5_PREFIX : "";
    String key = fingerprint(texts, prefix);
    Files.createDirectories(cacheDir);
    File file = cacheDir.resolve(task.relationName() + "-" + encoder.id() + "-" + key + ".arff.gz").toFile();
    if (!file.isFile()) {
      SentenceEmbedding filter = new SentenceEmbedding();
      filter.useEncoder(encoder);
      filter.setTextPrefix(prefix);
      filter.setBatchSize(256);
      filter.setInputFormat(texts);
      long start = System.nanoTime();
      Instances computed = Filter.useFilter(texts, filter);
      System.err.printf("  embedded %d texts with %s in %.1f s%n", texts.numInstances(), encoder.id(),
          (System.nanoTime() - start) / 1e9);
      File tmp = new File(file.getPath() + ".tmp");
      ArffSaver saver = new ArffSaver();
      saver.setMaxDecimalPlaces(9); // float values: nine decimals keep them exactly enough
      saver.setCompressOutput(true);
      saver.setInstances(computed);
      saver.setFile(tmp);
      saver.writeBatch();
      Files.move(tmp.toPath(), file.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    // always the cached values, so that a first run and a cached run compute the same numbers
    Instances embedded = DataSource.read(file.getPath());
    if (embedded.numInstances() != task.numInstances()) {
      throw new IllegalStateException("Cached embedding " + file + " has " + embedded.numInstances()
          + " rows for " + task.numInstances() + " texts; delete it.");
    }
    String description = encoder.modelName() + (prefix.isEmpty() ? "" : ", inputs prefixed '" + prefix.trim() + "'");
    return new Representation(encoder.id(), description, matrix(embedded));
  }

  /**
   * Character 1- to 3-grams of the lower-cased text padded with a space on each side (so that
   * prefixes and suffixes are n-grams of their own), TF-IDF weighted, the {@code words} most frequent
   * kept: a sparse bag as Weka's StringToWordVector makes it.
   */
  public Instances characterNgrams(Instances task, int words) throws Exception {
    Instances texts = textsOnly(task);
    Instances padded = new Instances(texts, texts.numInstances());
    for (Instance inst : texts) {
      padded.add(new DenseInstance(1.0,
          new double[] {padded.attribute(0).addStringValue(" " + inst.stringValue(0) + " ")}));
    }
    CharacterNGramTokenizer tokenizer = new CharacterNGramTokenizer();
    tokenizer.setNGramMinSize(1);
    tokenizer.setNGramMaxSize(3);
    StringToWordVector bag = new StringToWordVector();
    bag.setTokenizer(tokenizer);
    bag.setLowerCaseTokens(true);
    bag.setWordsToKeep(words);
    bag.setDoNotOperateOnPerClassBasis(true);
    bag.setOutputWordCounts(true);
    bag.setTFTransform(true);
    bag.setIDFTransform(true);
    bag.setInputFormat(padded);
    return Filter.useFilter(padded, bag);
  }

  /**
   * The leading principal components of a data set's numeric attributes (centred, not standardised),
   * from the symmetric eigendecomposition of the covariance matrix (EJML): column j holds the scores
   * on the j-th component, so the first k columns are the rank-k projection with the most variance.
   * (Weka's PrincipalComponents filter computes the same but takes minutes for a thousand n-grams.)
   */
  public static Representation principalComponents(Instances data, int maxRank, String name,
      String description) {
    double[][] x = matrix(data);
    int n = x.length;
    int d = x[0].length;
    double[] mean = new double[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / n;
      }
    }
    DMatrixRMaj centred = new DMatrixRMaj(n, d);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        centred.unsafe_set(i, j, x[i][j] - mean[j]);
      }
    }
    DMatrixRMaj covariance = new DMatrixRMaj(d, d);
    CommonOps_DDRM.multInner(centred, covariance);
    CommonOps_DDRM.divide(covariance, n);
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
    if (!eig.decompose(covariance)) {
      throw new IllegalStateException("The eigendecomposition of " + name + "'s covariance failed.");
    }
    Integer[] order = new Integer[d];
    for (int j = 0; j < d; j++) {
      order[j] = j;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(eig.getEigenvalue(b).real, eig.getEigenvalue(a).real));
    int rank = Math.min(maxRank, Math.min(n, d));
    DMatrixRMaj basis = new DMatrixRMaj(d, rank);
    for (int c = 0; c < rank; c++) {
      DMatrixRMaj v = eig.getEigenVector(order[c]);
      for (int j = 0; j < d; j++) {
        basis.unsafe_set(j, c, v.get(j, 0));
      }
    }
    DMatrixRMaj scores = new DMatrixRMaj(n, rank);
    CommonOps_DDRM.mult(centred, basis, scores);
    double[][] out = new double[n][rank];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < rank; c++) {
        out[i][c] = scores.unsafe_get(i, c);
      }
    }
    return new Representation(name, description, out);
  }

  /** A Gaussian random projection to k dimensions (Weka's RandomProjection). */
  public static Representation randomProjection(Instances data, int k, int seed, String name,
      String description) throws Exception {
    RandomProjection rp = new RandomProjection();
    rp.setNumberOfAttributes(k);
    rp.setDistribution(new SelectedTag(RandomProjection.GAUSSIAN, RandomProjection.TAGS_DSTRS_TYPE));
    rp.setSeed(seed);
    rp.setReplaceMissingValues(false);
    rp.setInputFormat(data);
    return new Representation(name, description, matrix(Filter.useFilter(data, rp)));
  }

  /** A Gaussian random projection of a representation. */
  public static Representation randomProjection(Representation source, int k, int seed, String name)
      throws Exception {
    return randomProjection(instances(source), k, seed, name,
        "Gaussian random projection of " + source.name() + " to " + k + " dimensions");
  }

  /** A representation as a data set of numeric attributes (no class). */
  static Instances instances(Representation rep) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int j = 0; j < rep.dimension(); j++) {
      atts.add(new Attribute(rep.name() + "_" + j));
    }
    Instances out = new Instances(rep.name(), atts, rep.size());
    for (double[] row : rep.rows()) {
      out.add(new DenseInstance(1.0, row.clone()));
    }
    return out;
  }

  /** The numeric attributes of a data set as rows. */
  static double[][] matrix(Instances data) {
    double[][] out = new double[data.numInstances()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = data.instance(i).toDoubleArray();
    }
    for (int j = 0; j < data.numAttributes(); j++) {
      if (!data.attribute(j).isNumeric()) {
        throw new IllegalArgumentException("Attribute " + data.attribute(j).name() + " is not numeric.");
      }
    }
    return out;
  }

  private static String fingerprint(Instances texts, String prefix) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    digest.update(prefix.getBytes(StandardCharsets.UTF_8));
    for (Instance inst : texts) {
      digest.update((byte) 0);
      digest.update(inst.stringValue(0).getBytes(StandardCharsets.UTF_8));
    }
    StringBuilder hex = new StringBuilder();
    byte[] hash = digest.digest();
    for (int i = 0; i < 6; i++) {
      hex.append(String.format("%02x", hash[i]));
    }
    return hex.toString();
  }
}
