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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.CSVLoader;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Discretize;
import weka.filters.unsupervised.attribute.NominalToBinary;
import weka.filters.unsupervised.attribute.PrincipalComponents;
import weka.filters.unsupervised.attribute.Remove;
import weka.filters.unsupervised.attribute.RemoveUseless;
import weka.filters.unsupervised.attribute.Reorder;
import weka.filters.unsupervised.attribute.Standardize;

/**
 * The regression tasks of issue 18 (item 5), each one data set with several weak candidate views
 * ({@code <candidate>_0 ..}), one strong view ({@code strong_0 ..}) and a numeric class named
 * {@code target} last, built once into {@code <cache>/regression/<task>.arff.gz} from the raw data
 * that bench/fetch-tasks.sh puts into the cache (and, for the molecules, the views that
 * bench/molecule_views.py computes with RDKit). No missing values; deterministic: every build writes
 * the same file.
 *
 * <p>chembl2321810-pic50 (molecules): the 1017 aryl sulfonamides of RDKit's Free-Wilson example
 * (Debian rdkit-data, Contrib/FreeWilson/data) and their pIC50 (ChEMBL assay CHEMBL2321810). The
 * views are different featurizations of the same molecules, computed by bench/molecule_views.py:
 * desc12 (12 whole-molecule descriptors such as MolWt, MolLogP, TPSA, standardized), maccs (MACCS
 * keys), atompair (atom-pair counts hashed to 128), morgan1 (Morgan counts of radius 1 hashed to 64);
 * strong: Morgan counts of radius 3 hashed to 2048. Every view loses its constant columns (Weka's
 * RemoveUseless, over all molecules); only desc12 is standardized, the fingerprints stay counts.
 *
 * <p>Tabular tasks, the recipe of {@link ModeTasks} (ReplaceMissingValues, NominalToBinary,
 * RemoveUseless, Standardize; strong: the standardized attributes and 200 random Fourier features;
 * weak candidates pc2, sub25, sub50, rp4), with the target untouched, and two more weak candidates
 * that are not linear maps of the strong view's attributes: bin3 (every standardized attribute cut
 * into 3 intervals of equal frequency by Weka's Discretize, as 0/1 indicators, constant ones dropped)
 * and sub50_bin3 (the same of sub50's attributes). A weak model on pc2, sub25, sub50 or rp4 is a
 * linear function of attributes that the strong view holds, so a linear student fitted to its
 * labels can copy it exactly (naive weak-to-strong then gains nothing); on bin3 it is a step
 * function that the strong view does not hold. Tasks:
 * <ul>
 * <li>anes96-pid: the 944 respondents of statsmodels' American National Election Study 1996
 * extract (Debian python3-statsmodels); target PID, party identification on the scale 0 (strong
 * Democrat) .. 6 (strong Republican); attributes popul, TVnews, selfLR, ClinLR, DoleLR, age, educ,
 * income. The column vote (the expected vote, Clinton or Dole) is left out: it nearly restates the
 * target.</li>
 * <li>diabetes-progression: scikit-learn's diabetes data (Efron et al. 2004; Debian python3-sklearn,
 * the raw, unscaled diabetes_data_raw.csv.gz and diabetes_target.csv.gz); 442 patients, ten
 * baseline variables (age, sex, bmi, bp, s1 .. s6), target a measure of disease progression one year
 * after baseline.</li>
 * <li>auto-mpg: the cars of the StatLib archive as vega-datasets ships them (npm, data/cars.json),
 * the 398 with a known Miles_per_Gallon (the target); attributes Cylinders, Displacement, Horsepower
 * (6 missing, replaced by the mean), Weight_in_lbs, Acceleration, Year (the model year) and Origin
 * (USA, Europe, Japan; three indicators); the car's name is left out.</li>
 * </ul>
 */
public final class RegressionTasks {

  /** The molecular task. */
  public static final String MOLECULES = "chembl2321810-pic50";
  /** Every task, in report order. */
  public static final List<String> TASKS = List.of(MOLECULES, "anes96-pid", "diabetes-progression", "auto-mpg");
  /** The views of the molecular task as bench/molecule_views.py names its columns, strong last. */
  static final List<String> MOLECULE_VIEWS = List.of("desc12", "maccs", "atompair", "morgan1", "strong");
  /** The molecular views that are standardized (the others are fingerprint counts or bits). */
  static final List<String> STANDARDIZED_VIEWS = List.of("desc12");
  /** The name of the numeric class. */
  public static final String TARGET = "target";
  /** Columns of scikit-learn's diabetes_data_raw.csv.gz (its DESCR). */
  static final List<String> DIABETES =
      List.of("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6");
  /** The attributes of cars.json used, numeric ones first; Year is read as the model year. */
  static final List<String> CARS_NUMERIC =
      List.of("Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration", "Year");
  static final List<String> ORIGINS = List.of("USA", "Europe", "Japan");
  /** Intervals per attribute of the binned weak candidates. */
  static final int BINS = 3;

  private RegressionTasks() {
  }

  /** Every task id. */
  public static List<String> all() {
    return TASKS;
  }

  /** The built file of a task (it may not exist yet). */
  public static Path file(Path cache, String task) {
    return cache.resolve("regression").resolve(task + ".arff.gz");
  }

  /** The task's file, built first if it is not in the cache. */
  public static Path ensure(Path cache, String task) throws Exception {
    check(task);
    return ModeTasks.cached(file(cache, task), "RegressionTasks", () -> build(cache, task));
  }

  static void check(String task) {
    if (!all().contains(task)) {
      throw new IllegalArgumentException("Unknown task '" + task + "'; choose from " + all() + ".");
    }
  }

  /** Builds a task (not cached). */
  public static Instances build(Path cache, String task) throws Exception {
    check(task);
    return MOLECULES.equals(task) ? molecules(cache) : tabular(task, rawTabular(cache, task));
  }

  // ---------------------------------------------------------------------------------------------
  // Molecules

  /** The CSV of molecular views that bench/molecule_views.py writes. */
  static Path moleculeViews(Path cache) {
    return cache.resolve("molecules").resolve(MOLECULES + ".csv.gz");
  }

  private static Instances molecules(Path cache) throws Exception {
    Path csv = moleculeViews(cache);
    if (!Files.isRegularFile(csv) || !Files.isRegularFile(cache.resolve("molecules").resolve(MOLECULES + ".complete"))) {
      throw new IllegalArgumentException("The molecular views " + csv + " are missing; run bench/regression-tasks.sh"
          + " (bench/fetch-tasks.sh, then python3 bench/molecule_views.py <cache>, with python3-rdkit) first.");
    }
    Instances raw;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(csv))) {
      CSVLoader loader = new CSVLoader();
      loader.setSource(in);
      raw = loader.getDataSet();
    }
    return fromViewColumns(MOLECULES, raw);
  }

  /**
   * A task from a data set whose columns are {@code <view>_j} for the views of {@link #MOLECULE_VIEWS}
   * and {@code target} last: each view loses its constant columns (RemoveUseless), the views of
   * {@link #STANDARDIZED_VIEWS} are standardized, and the columns are numbered anew.
   */
  static Instances fromViewColumns(String relation, Instances raw) throws Exception {
    Attribute target = raw.attribute(TARGET);
    if (target == null || target.index() != raw.numAttributes() - 1 || !target.isNumeric()) {
      throw new IllegalStateException(relation + ": the last column must be the numeric '" + TARGET + "'.");
    }
    Map<String, double[][]> views = new LinkedHashMap<>();
    int used = 0;
    for (String view : MOLECULE_VIEWS) {
      List<Integer> columns = new ArrayList<>();
      Pattern name = Pattern.compile(Pattern.quote(view) + "_\\d+");
      for (int j = 0; j < raw.numAttributes() - 1; j++) {
        if (name.matcher(raw.attribute(j).name()).matches()) {
          if (!raw.attribute(j).isNumeric()) {
            throw new IllegalStateException(relation + ": column " + raw.attribute(j).name() + " is not numeric.");
          }
          columns.add(j);
        }
      }
      if (columns.isEmpty()) {
        throw new IllegalStateException(relation + ": no columns " + view + "_j.");
      }
      used += columns.size();
      Remove keep = new Remove();
      keep.setAttributeIndicesArray(columns.stream().mapToInt(Integer::intValue).toArray());
      keep.setInvertSelection(true);
      Instances x = ModeTasks.apply(raw, keep);
      x = ModeTasks.apply(x, new RemoveUseless());
      if (STANDARDIZED_VIEWS.contains(view)) {
        x = ModeTasks.apply(x, new Standardize());
      }
      views.put(view, Representations.matrix(x));
    }
    if (used != raw.numAttributes() - 1) {
      throw new IllegalStateException(relation + ": " + (raw.numAttributes() - 1 - used)
          + " columns belong to no view of " + MOLECULE_VIEWS + ".");
    }
    return assemble(relation, views, target(raw, raw.numAttributes() - 1));
  }

  // ---------------------------------------------------------------------------------------------
  // Tabular tasks

  /** The raw tabular data with its numeric class set (last attribute), rows without a target dropped. */
  static Instances rawTabular(Path cache, String task) throws Exception {
    Instances data;
    switch (task) {
      case "anes96-pid":
        data = anes96(ModeTasks.debDir(cache, "python3-statsmodels").resolve("anes96.csv"));
        break;
      case "diabetes-progression": {
        Path dir = ModeTasks.debDir(cache, "python3-sklearn");
        data = diabetes(dir.resolve("diabetes_data_raw.csv.gz"), dir.resolve("diabetes_target.csv.gz"));
        break;
      }
      case "auto-mpg":
        data = cars(ModeTasks.npmDir(cache, "vega-datasets").resolve("data").resolve("cars.json"));
        break;
      default:
        throw new IllegalArgumentException(task);
    }
    data.setRelationName(task);
    data.setClassIndex(data.numAttributes() - 1);
    return data;
  }

  /** statsmodels' anes96.csv (tab separated, quoted names): PID last, vote dropped. */
  static Instances anes96(Path csv) throws Exception {
    CSVLoader loader = new CSVLoader();
    loader.setFieldSeparator("\t");
    loader.setFile(csv.toFile());
    Instances data = loader.getDataSet();
    Attribute pid = data.attribute("PID");
    Attribute vote = data.attribute("vote");
    if (pid == null || vote == null) {
      throw new IllegalStateException(csv + ": expected columns PID and vote, got " + names(data) + ".");
    }
    StringBuilder order = new StringBuilder();
    for (int j = 0; j < data.numAttributes(); j++) {
      if (j != pid.index() && j != vote.index()) {
        order.append(j + 1).append(',');
      }
    }
    order.append(pid.index() + 1);
    Reorder reorder = new Reorder();
    reorder.setAttributeIndices(order.toString());
    return ModeTasks.apply(data, reorder);
  }

  /** scikit-learn's raw diabetes data (space separated, no header) and its target (one per line). */
  static Instances diabetes(Path dataGz, Path targetGz) throws Exception {
    Instances x = headerlessCsv(dataGz, " ");
    Instances y = headerlessCsv(targetGz, " ");
    if (x.numAttributes() != DIABETES.size() || y.numAttributes() != 1 || x.numInstances() != y.numInstances()) {
      throw new IllegalStateException(dataGz + " and " + targetGz + ": expected " + DIABETES.size()
          + " columns and one target per row, got " + x.numAttributes() + " columns, " + x.numInstances()
          + " rows and " + y.numAttributes() + " x " + y.numInstances() + " targets.");
    }
    for (int j = 0; j < DIABETES.size(); j++) {
      x.renameAttribute(j, DIABETES.get(j));
    }
    y.renameAttribute(0, "progression");
    return Instances.mergeInstances(x, y);
  }

  private static Instances headerlessCsv(Path gz, String separator) throws Exception {
    CSVLoader loader = new CSVLoader();
    loader.setNoHeaderRowPresent(true);
    loader.setFieldSeparator(separator);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      loader.setSource(in);
      return loader.getDataSet();
    }
  }

  /**
   * vega-datasets' cars.json, an array of objects: the rows with a Miles_per_Gallon, the attributes of
   * {@link #CARS_NUMERIC} (null = missing; Year "1970-01-01" = 1970) and Origin, Miles_per_Gallon last.
   */
  static Instances cars(Path json) throws IOException {
    JsonNode rows = new ObjectMapper().readTree(json.toFile());
    if (!rows.isArray()) {
      throw new IllegalStateException(json + " is not an array of cars.");
    }
    ArrayList<Attribute> atts = new ArrayList<>();
    for (String name : CARS_NUMERIC) {
      atts.add(new Attribute(name));
    }
    atts.add(new Attribute("Origin", new ArrayList<>(ORIGINS)));
    atts.add(new Attribute("Miles_per_Gallon"));
    Instances data = new Instances("auto-mpg", atts, rows.size());
    for (JsonNode car : rows) {
      JsonNode mpg = car.path("Miles_per_Gallon");
      if (!mpg.isNumber()) {
        continue;
      }
      double[] row = new double[atts.size()];
      for (int j = 0; j < CARS_NUMERIC.size(); j++) {
        JsonNode v = car.path(CARS_NUMERIC.get(j));
        if (v.isNull() || v.isMissingNode()) {
          row[j] = Utils.missingValue();
        } else if ("Year".equals(CARS_NUMERIC.get(j))) {
          Matcher year = Pattern.compile("(\\d{4})(-\\d\\d-\\d\\d)?").matcher(v.asText());
          if (!year.matches()) {
            throw new IllegalStateException(json + ": unexpected Year " + v);
          }
          row[j] = Integer.parseInt(year.group(1));
        } else if (v.isNumber()) {
          row[j] = v.asDouble();
        } else {
          throw new IllegalStateException(json + ": " + CARS_NUMERIC.get(j) + " is not a number: " + v);
        }
      }
      int origin = ORIGINS.indexOf(car.path("Origin").asText());
      if (origin < 0) {
        throw new IllegalStateException(json + ": unknown Origin " + car.path("Origin"));
      }
      row[CARS_NUMERIC.size()] = origin;
      row[atts.size() - 1] = mpg.asDouble();
      data.add(new DenseInstance(1.0, row));
    }
    data.setClassIndex(data.numAttributes() - 1);
    return data;
  }

  /** The views of a tabular task, as {@link ModeTasks} makes them, and the target. */
  static Instances tabular(String task, Instances raw) throws Exception {
    for (int i = 0; i < raw.numInstances(); i++) {
      if (raw.instance(i).classIsMissing()) {
        throw new IllegalStateException(task + ": row " + (i + 1) + " has no target.");
      }
    }
    Instances x = ModeTasks.standardized(raw);
    int d = x.numAttributes();
    double[][] features = Representations.matrix(x);

    Map<String, double[][]> views = new LinkedHashMap<>();
    PrincipalComponents pca = new PrincipalComponents();
    pca.setVarianceCovered(1.0);
    pca.setMaximumAttributes(2);
    pca.setInputFormat(x);
    views.put("pc2", Representations.matrix(Filter.useFilter(x, pca)));
    views.put("sub25", Representations.matrix(ModeTasks.subset(x, 0.25, 1)));
    views.put("sub50", Representations.matrix(ModeTasks.subset(x, 0.50, 2)));
    views.put("rp4", Representations.randomProjection(x, 4, 3, "rp4", "").rows());
    views.put("bin3", binned(x, BINS));
    views.put("sub50_bin3", binned(ModeTasks.subset(x, 0.50, 2), BINS));
    double[][] fourier = ModeTasks.randomFourierFeatures(features, ModeTasks.FOURIER_FEATURES, ModeTasks.FOURIER_SEED);
    double[][] strong = new double[features.length][];
    for (int i = 0; i < strong.length; i++) {
      strong[i] = Arrays.copyOf(features[i], d + fourier[i].length);
      System.arraycopy(fourier[i], 0, strong[i], d, fourier[i].length);
    }
    views.put("strong", strong);
    return assemble(task, views, target(raw, raw.classIndex()));
  }

  /**
   * Each attribute cut into {@code bins} intervals of equal frequency (Weka's unsupervised Discretize),
   * as 0/1 indicators (NominalToBinary: one column for an attribute left with two intervals), constant
   * columns dropped (RemoveUseless).
   */
  static double[][] binned(Instances x, int bins) throws Exception {
    Discretize discretize = new Discretize();
    discretize.setBins(bins);
    discretize.setUseEqualFrequency(true);
    Instances out = ModeTasks.apply(x, discretize);
    out = ModeTasks.apply(out, new NominalToBinary());
    out = ModeTasks.apply(out, new RemoveUseless());
    return Representations.matrix(out);
  }

  // ---------------------------------------------------------------------------------------------
  // Assembly and sources

  private static double[] target(Instances data, int column) {
    double[] y = new double[data.numInstances()];
    for (int i = 0; i < y.length; i++) {
      y[i] = data.instance(i).value(column);
      if (Double.isNaN(y[i])) {
        throw new IllegalStateException(data.relationName() + ": row " + (i + 1) + " has no target.");
      }
    }
    return y;
  }

  private static List<String> names(Instances data) {
    List<String> out = new ArrayList<>();
    for (int j = 0; j < data.numAttributes(); j++) {
      out.add(data.attribute(j).name());
    }
    return out;
  }

  /**
   * One data set: the views' columns named {@code <view>_j}, then the numeric {@code target}. Every
   * value must be finite (the views have no missing values).
   */
  static Instances assemble(String relation, Map<String, double[][]> views, double[] target) {
    ArrayList<Attribute> atts = new ArrayList<>();
    int n = target.length;
    for (Map.Entry<String, double[][]> view : views.entrySet()) {
      if (view.getValue().length != n) {
        throw new IllegalStateException("View " + view.getKey() + " has " + view.getValue().length
            + " rows for " + n + " targets.");
      }
      for (int j = 0; j < view.getValue()[0].length; j++) {
        atts.add(new Attribute(view.getKey() + "_" + j));
      }
    }
    atts.add(new Attribute(TARGET));
    Instances out = new Instances(relation, atts, n);
    for (int i = 0; i < n; i++) {
      double[] row = new double[atts.size()];
      int p = 0;
      for (Map.Entry<String, double[][]> view : views.entrySet()) {
        double[] v = view.getValue()[i];
        for (double value : v) {
          if (!Double.isFinite(value)) {
            throw new IllegalStateException("View " + view.getKey() + ", row " + (i + 1) + ": " + value);
          }
        }
        System.arraycopy(v, 0, row, p, v.length);
        p += v.length;
      }
      row[p] = target[i];
      out.add(new DenseInstance(1.0, row));
    }
    out.setClassIndex(out.numAttributes() - 1);
    return out;
  }

  /** The views of a built task: prefix to dimension, in column order (the target not counted). */
  public static Map<String, Integer> viewDimensions(Instances data) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int j = 0; j < data.numAttributes(); j++) {
      if (j == data.classIndex()) {
        continue;
      }
      String name = data.attribute(j).name();
      int cut = name.lastIndexOf('_');
      out.merge(cut < 0 ? name : name.substring(0, cut), 1, Integer::sum);
    }
    return out;
  }

  /**
   * The source of a task: package and version as the cache records them (the .complete file that
   * fetch-tasks.sh writes for the Debian packages, package.json of the npm package, the .complete file
   * of bench/molecule_views.py for the RDKit that computed the molecular views) and the licence of the
   * data: for the Debian packages the copyright file's paragraph for the data file, for vega-datasets
   * the package's licence and what its datapackage.json says of cars.json.
   */
  public static ModeTasks.Source source(Path cache, String task) throws IOException {
    check(task);
    switch (task) {
      case MOLECULES: {
        ModeTasks.Source deb = deb(cache, "rdkit-data", "CHEMBL2321810.smi + CHEMBL2321810_act.csv",
            "Contrib/FreeWilson/data/CHEMBL2321810_act.csv");
        Path complete = cache.resolve("molecules").resolve(MOLECULES + ".complete");
        String views = Files.isRegularFile(complete)
            ? "; views by " + Files.readString(complete, StandardCharsets.UTF_8).trim() : "; views not computed";
        return new ModeTasks.Source(deb.origin + views, deb.files,
            deb.licence + "; the activities come from ChEMBL (CC BY-SA 3.0)");
      }
      case "anes96-pid":
        return deb(cache, "python3-statsmodels", "anes96.csv", "statsmodels/datasets/anes96/anes96.csv");
      case "diabetes-progression":
        return deb(cache, "python3-sklearn", "diabetes_data_raw.csv.gz + diabetes_target.csv.gz",
            "sklearn/datasets/data/diabetes_data_raw.csv.gz");
      case "auto-mpg":
        return vega(cache);
      default:
        throw new IllegalArgumentException(task);
    }
  }

  private static ModeTasks.Source deb(Path cache, String pkg, String files, String sourcePath) throws IOException {
    return ModeTasks.deb(cache, pkg, files, copyright -> licence(copyright, sourcePath));
  }

  private static ModeTasks.Source vega(Path cache) throws IOException {
    Path dir = cache.resolve("npm").resolve("vega-datasets");
    Path manifest = dir.resolve("package.json");
    if (!Files.isRegularFile(manifest)) {
      return new ModeTasks.Source("npm vega-datasets (not fetched)", "data/cars.json", "(not fetched)");
    }
    ObjectMapper json = new ObjectMapper();
    JsonNode pkg = json.readTree(manifest.toFile());
    String licence = pkg.path("license").asText("?") + " (package.json)";
    Path datapackage = dir.resolve("datapackage.json");
    if (Files.isRegularFile(datapackage)) {
      for (JsonNode resource : json.readTree(datapackage.toFile()).path("resources")) {
        if ("cars.json".equals(resource.path("path").asText())) {
          List<String> said = new ArrayList<>();
          for (JsonNode source : resource.path("sources")) {
            said.add("source: " + source.path("title").asText());
          }
          for (JsonNode lic : resource.path("licenses")) {
            said.add("licence: " + (lic.hasNonNull("name") ? lic.path("name").asText() : lic.path("title").asText()));
          }
          licence += "; cars.json (datapackage.json): " + String.join("; ", said);
        }
      }
    }
    return new ModeTasks.Source("npm " + pkg.path("name").asText("vega-datasets") + " "
        + pkg.path("version").asText("?"), "data/cars.json", licence);
  }

  /**
   * The licence that a Debian copyright file gives one file of the source tree: in the
   * machine-readable format, the License and Copyright of the last "Files" paragraph with a pattern
   * that matches the path (Debian's rule; '*' and '?' match any characters, '/' too); otherwise
   * {@link ModeTasks#licence(String)}.
   */
  static String licence(String copyright, String path) {
    if (!copyright.startsWith("Format:")) {
      return ModeTasks.licence(copyright);
    }
    String found = null;
    for (String paragraph : copyright.split("\\n\\s*\\n")) {
      Matcher files = Pattern.compile("(?ms)^Files:(.*?)(?=^\\S|\\z)").matcher(paragraph);
      if (!files.find()) {
        continue;
      }
      for (String pattern : files.group(1).trim().split("\\s+")) {
        if (glob(pattern).matcher(path).matches()) {
          String lic = field(paragraph, "License");
          String holder = field(paragraph, "Copyright");
          found = lic + (holder.isEmpty() ? "" : " (Copyright " + holder + ")") + ", copyright file, Files: " + pattern;
          break;
        }
      }
    }
    return found == null ? "(no 'Files' paragraph of the copyright file matches " + path + ")" : found;
  }

  private static Pattern glob(String pattern) {
    StringBuilder rx = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      rx.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(rx.toString());
  }

  /** A field's value, continuation lines joined (the License field: its first line only). */
  private static String field(String text, String name) {
    Matcher m = Pattern.compile("(?ms)^" + name + ":[ \\t]*(.*?)(?=^\\S|\\z)").matcher(text);
    if (!m.find()) {
      return "";
    }
    String value = "License".equals(name) ? m.group(1).split("\\n", 2)[0] : m.group(1);
    return value.replaceAll("\\s+", " ").trim().replaceAll("\\.$", "");
  }

  /**
   * Builds the tasks' files into the cache (those not there yet) and prints, per task, its rows, the
   * dimension of each view and its source.
   *
   * <p>Usage: {@code RegressionTasks [-cache <dir>] [-tasks a,b,..]}
   */
  public static void main(String[] args) throws Exception {
    String cache = Utils.getOption("cache", args);
    String tasks = Utils.getOption("tasks", args);
    Utils.checkForRemainingOptions(args);
    Path dir = cache.isEmpty() ? ModesBenchmark.defaultCache() : Path.of(cache);
    List<String> ids = tasks.isEmpty() ? all()
        : Arrays.stream(tasks.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    for (String id : ids) {
      Path file = ensure(dir, id);
      Instances data = weka.core.converters.ConverterUtils.DataSource.read(file.toString());
      data.setClassIndex(data.numAttributes() - 1);
      ModeTasks.Source source = source(dir, id);
      System.out.printf("%s: %d rows, views %s, class %s (numeric)%n  file: %s%n  source: %s, %s%n  licence: %s%n",
          id, data.numInstances(), viewDimensions(data), data.classAttribute().name(), file, source.origin,
          source.files, source.licence);
    }
  }
}
