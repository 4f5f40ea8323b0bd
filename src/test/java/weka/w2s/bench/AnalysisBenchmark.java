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

package weka.w2s.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.PrincipalComponents;
import weka.w2s.data.RepresentationLayout;
import weka.w2s.core.JointStatistics;
import weka.w2s.core.LinearAlgebra;
import weka.w2s.core.PairAnalysis;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.core.RepresentationAnalysis;
import weka.w2s.core.SampleGeometry;
import weka.w2s.sim.LatentFactorModel;

/**
 * Times the W2SG analysis against Weka's PrincipalComponents filter and checks that the streaming
 * path's heap does not grow with n. Each phase runs in its own child JVM (same collector and young
 * generation; a fixed heap limit), so that phases neither share JIT state nor leave garbage or data
 * for the next one, and the heap each one needs can be read in isolation. The streamed analysis runs
 * under a small heap limit that the rows of the large sample could never fit in.
 *
 * <p>Phases, all on rows of the same seeded {@link LatentFactorModel} (a weak view, a strong view
 * and a numeric label):
 * <ul>
 * <li>{@code stream}: rows are streamed from the generator into {@link JointStatistics} (no
 * Instances), then both principal spaces are decomposed and the pair is analyzed with labels;</li>
 * <li>{@code instances}: the same analysis fed from an in-memory Weka {@link Instances};</li>
 * <li>{@code weka-pca}: Weka's PrincipalComponents ({@code -C -R 0.9}) on an Instances that holds
 * only the strong columns (setInputFormat + useFilter).</li>
 * </ul>
 * Wall times exclude generating the data (reported separately). Run without arguments for the
 * default workload; {@code -h} lists the options.
 */
public final class AnalysisBenchmark {

  static final String RESULT_PREFIX = "@@RESULT ";
  /** Young generation of every child JVM, fixed so that collections come at a steady pace. */
  static final String YOUNG_GENERATION = "64m";
  private static final double MB = 1024.0 * 1024.0;

  /** Weka's PrincipalComponents options: covariance (centre only), 90% variance, default naming. */
  static final String[] WEKA_PCA_OPTIONS = {"-C", "-R", "0.9", "-A", "5", "-M", "-1"};

  private AnalysisBenchmark() {
  }

  /** The workload, shared by the parent and its child JVMs. */
  static final class Workload {
    static final double WEAK_NOISE = 0.6;
    static final double STRONG_NOISE = 0.3;
    static final double LABEL_NOISE = 0.3;

    int n = 20_000;
    int largeN = 200_000;
    int weakDim = 384;
    int strongDim = 1024;
    int factors = 16;
    int weakFactors = 8;
    long seed = 1;
    /** The back end of a child phase: auto, java or native. */
    String linalg = "auto";

    LatentFactorModel model() {
      LatentFactorModel model = new LatentFactorModel(factors, LABEL_NOISE, seed);
      model.addRandomView("weak", weakDim, weakFactors, 1.0, WEAK_NOISE);
      model.addView("strong", strongDim, range(0, factors), 1.0, STRONG_NOISE);
      return model;
    }

    /** The seed of the row stream (the model's structure uses {@link #seed}). */
    long rowSeed() {
      return seed + 1;
    }

    int[] weakColumns() {
      return range(0, weakDim);
    }

    int[] strongColumns() {
      return range(weakDim, weakDim + strongDim);
    }

    int[] labelColumns() {
      return new int[] {weakDim + strongDim};
    }

    List<String> childArgs() {
      return Arrays.asList("-weak", Integer.toString(weakDim), "-strong", Integer.toString(strongDim),
          "-factors", Integer.toString(factors), "-weak-factors", Integer.toString(weakFactors),
          "-S", Long.toString(seed), "-linalg", linalg);
    }

    /** The same workload with another strong width and back end (for the child of one phase). */
    Workload with(int strong, String backEnd) {
      Workload o = new Workload();
      o.n = n;
      o.largeN = largeN;
      o.weakDim = weakDim;
      o.strongDim = strong;
      o.factors = factors;
      o.weakFactors = weakFactors;
      o.seed = seed;
      o.linalg = backEnd;
      return o;
    }
  }

  public static void main(String[] args) throws Exception {
    if (Utils.getFlag('h', args) || Utils.getFlag("help", args)) {
      usage(System.out);
      return;
    }
    Workload w = new Workload();
    String phase = Utils.getOption("phase", args);
    String n = Utils.getOption('n', args);
    String largeN = Utils.getOption('N', args);
    String weak = Utils.getOption("weak", args);
    String strong = Utils.getOption("strong", args);
    String factors = Utils.getOption("factors", args);
    String weakFactors = Utils.getOption("weak-factors", args);
    String seed = Utils.getOption('S', args);
    String streamHeap = Utils.getOption("stream-heap", args);
    String dataHeap = Utils.getOption("data-heap", args);
    String wekaLimit = Utils.getOption("weka-limit", args);
    String linalg = Utils.getOption("linalg", args);
    String fileN = Utils.getOption("file-n", args);
    String wideStrong = Utils.getOption("wide-strong", args);
    String wideN = Utils.getOption("wide-n", args);
    String rounds = Utils.getOption("rounds", args);
    String out = Utils.getOption('o', args);
    boolean skipInstances = Utils.getFlag("no-instances", args);
    Utils.checkForRemainingOptions(args);
    if (!n.isEmpty()) {
      w.n = Integer.parseInt(n);
    }
    if (!largeN.isEmpty()) {
      w.largeN = Integer.parseInt(largeN);
    }
    if (!weak.isEmpty()) {
      w.weakDim = Integer.parseInt(weak);
    }
    if (!strong.isEmpty()) {
      w.strongDim = Integer.parseInt(strong);
    }
    if (!factors.isEmpty()) {
      w.factors = Integer.parseInt(factors);
    }
    if (!weakFactors.isEmpty()) {
      w.weakFactors = Integer.parseInt(weakFactors);
    }
    if (!seed.isEmpty()) {
      w.seed = Long.parseLong(seed);
    }
    if (!linalg.isEmpty()) {
      w.linalg = LinearAlgebra.Choice.parse(linalg, "-linalg").toString();
    }
    if (!phase.isEmpty()) {
      runPhase(phase, w);
      return;
    }
    Parent parent = new Parent(w, streamHeap.isEmpty() ? "256m" : streamHeap,
        dataHeap.isEmpty() ? "4g" : dataHeap, wekaLimit.isEmpty() ? 600 : Integer.parseInt(wekaLimit),
        !skipInstances);
    parent.fileN = fileN.isEmpty() ? 10_000 : Integer.parseInt(fileN);
    parent.wideStrong = wideStrong.isEmpty() ? 4096 : Integer.parseInt(wideStrong);
    parent.wideN = wideN.isEmpty() ? 20_000 : Integer.parseInt(wideN);
    parent.rounds = rounds.isEmpty() ? 3 : Integer.parseInt(rounds);
    parent.run(out.isEmpty() ? null : Paths.get(out));
  }

  private static void usage(PrintStream out) {
    out.println("Usage: java -cp <weakToStrong.jar:lib/*:weka.jar...> " + AnalysisBenchmark.class.getName()
        + " [options]");
    out.println("  -n <rows>          rows for the comparison with PrincipalComponents (default 20000)");
    out.println("  -N <rows>          rows for the streaming scaling check (default 200000)");
    out.println("  -weak <d_w>        weak columns (default 384)");
    out.println("  -strong <d_s>      strong columns (default 1024)");
    out.println("  -factors <q>       latent factors (default 16)");
    out.println("  -weak-factors <q>  factors the weak view sees (default 8)");
    out.println("  -S <seed>          seed (default 1)");
    out.println("  -stream-heap <size> heap limit (-Xmx) of the streamed analyses (default 256m)");
    out.println("  -data-heap <size>  heap limit of the phases that hold an Instances (default 4g)");
    out.println("  -weka-limit <s>    stop PrincipalComponents after this many seconds, report a lower bound"
        + " (default 600)");
    out.println("  -no-instances      skip the analysis fed from Weka Instances");
    out.println("  -file-n <rows>     rows of the ARFF file read by ArffLoader, W2SGAnalysis and numpy"
        + " (default 10000; 0 skips)");
    out.println("  -rounds <r>        interleaved rounds of the file comparison, best kept (default 3)");
    out.println("  -wide-strong <d_s> strong columns of the wide case (default 4096; 0 skips)");
    out.println("  -wide-n <rows>     rows of the wide case (default 20000)");
    out.println("  -o <file.md>       also write the results as markdown");
  }

  // ---------------------------------------------------------------- child side: one phase per JVM

  private static void runPhase(String phase, Workload w) throws Exception {
    Map<String, String> result;
    switch (phase) {
      case "stream":
        result = streamPhase(w);
        break;
      case "instances":
        result = instancesPhase(w);
        break;
      case "weka-pca":
        result = wekaPhase(w);
        break;
      default:
        throw new IllegalArgumentException("Unknown phase '" + phase + "'.");
    }
    StringBuilder line = new StringBuilder(RESULT_PREFIX);
    for (Map.Entry<String, String> e : result.entrySet()) {
      line.append(e.getKey()).append('=').append(e.getValue()).append('\t');
    }
    System.out.println(line.toString().trim());
    System.out.flush();
  }

  /** Rows generated this many at a time, so that generation is timed apart from the analysis. */
  private static final int CHUNK = 256;

  private static Map<String, String> streamPhase(Workload w) {
    LatentFactorModel model = w.model();
    int d = model.rowLength();
    Random rnd = new Random(w.rowSeed());
    double[][] chunk = new double[CHUNK][d];

    HeapMonitor heap = HeapMonitor.start();
    long generation = 0;
    long accumulate = 0;
    LinearAlgebra la = LinearAlgebra.of(LinearAlgebra.Choice.parse(w.linalg, "-linalg"));
    JointStatistics stats = JointStatistics.forDimension(d, la);
    for (int done = 0; done < w.n; done += CHUNK) {
      int rows = Math.min(CHUNK, w.n - done);
      long t0 = System.nanoTime();
      for (int i = 0; i < rows; i++) {
        model.nextRow(rnd, chunk[i]);
      }
      long t1 = System.nanoTime();
      for (int i = 0; i < rows; i++) {
        stats.add(chunk[i]);
      }
      long t2 = System.nanoTime();
      generation += t1 - t0;
      accumulate += t2 - t1;
    }
    long t3 = System.nanoTime();
    Outcome outcome = analyze(stats, w.weakColumns(), w.strongColumns(), w.labelColumns());
    long decompose = System.nanoTime() - t3;
    HeapMonitor.Usage usage = heap.stop();

    Map<String, String> r = common("stream", w.n, d, accumulate + decompose, generation, usage);
    r.put("accumulate_s", seconds(accumulate));
    r.put("decompose_s", seconds(decompose));
    outcome.describe(r);
    return r;
  }

  private static Map<String, String> instancesPhase(Workload w) {
    LatentFactorModel model = w.model();
    long t0 = System.nanoTime();
    Instances data = model.sample("w2sg-benchmark", w.n, false, w.rowSeed());
    long generation = System.nanoTime() - t0;

    LinearAlgebra la = LinearAlgebra.of(LinearAlgebra.Choice.parse(w.linalg, "-linalg"));
    HeapMonitor heap = HeapMonitor.start();
    long t1 = System.nanoTime();
    RepresentationLayout layout = RepresentationLayout.resolve(data,
        List.of("1-" + w.weakDim), List.of((w.weakDim + 1) + "-" + (w.weakDim + w.strongDim)), true);
    JointStatistics stats = JointStatistics.forDimension(layout.dimension(), la);
    double[] row = new double[layout.dimension()];
    for (int i = 0; i < data.numInstances(); i++) {
      layout.fill(data.instance(i), row, i + 1, false);
      stats.add(row);
    }
    long t2 = System.nanoTime();
    Outcome outcome = analyze(stats, layout.weak().get(0).columns(), layout.strong().get(0).columns(),
        layout.labelColumns());
    long t3 = System.nanoTime();
    HeapMonitor.Usage usage = heap.stop();

    Map<String, String> r = common("instances", w.n, layout.dimension(), t3 - t1, generation, usage);
    r.put("accumulate_s", seconds(t2 - t1));
    r.put("decompose_s", seconds(t3 - t2));
    outcome.describe(r);
    return r;
  }

  private static Map<String, String> wekaPhase(Workload w) throws Exception {
    LatentFactorModel model = w.model();
    long t0 = System.nanoTime();
    Instances data = strongInstances(model, w);
    long generation = System.nanoTime() - t0;

    HeapMonitor heap = HeapMonitor.start();
    long t1 = System.nanoTime();
    PrincipalComponents pca = new PrincipalComponents();
    pca.setOptions(WEKA_PCA_OPTIONS.clone());
    pca.setInputFormat(data);
    Instances transformed = Filter.useFilter(data, pca);
    long t2 = System.nanoTime();
    HeapMonitor.Usage usage = heap.stop();

    Map<String, String> r = common("weka-pca", w.n, w.strongDim, t2 - t1, generation, usage);
    r.put("components", Integer.toString(transformed.numAttributes()));
    return r;
  }

  /** The strong columns of the same rows as the other phases, as Weka instances without a class. */
  private static Instances strongInstances(LatentFactorModel model, Workload w) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int j = 0; j < w.strongDim; j++) {
      atts.add(new Attribute("strong_" + j));
    }
    Instances data = new Instances("w2sg-benchmark-strong", atts, w.n);
    Random rnd = new Random(w.rowSeed());
    double[] row = new double[model.rowLength()];
    for (int i = 0; i < w.n; i++) {
      model.nextRow(rnd, row);
      Instance inst = new DenseInstance(1.0, Arrays.copyOfRange(row, w.weakDim, w.weakDim + w.strongDim));
      data.add(inst);
    }
    return data;
  }

  /** The analysis of one phase and the path it took. */
  static final class Outcome {
    final PairAnalysis pair;
    final SampleGeometry.Path path;
    final LinearAlgebra linearAlgebra;

    Outcome(PairAnalysis pair, SampleGeometry.Path path, LinearAlgebra linearAlgebra) {
      this.pair = pair;
      this.path = path;
      this.linearAlgebra = linearAlgebra;
    }

    void describe(Map<String, String> r) {
      r.put("path", path.name().toLowerCase(Locale.ROOT));
      r.put("linalg", linearAlgebra.kind().toString());
      r.put("k_w", Integer.toString(pair.weak().k()));
      r.put("k_s", Integer.toString(pair.strong().k()));
      r.put("score", String.format(Locale.ROOT, "%.10f", pair.score()));
      r.put("pred_gap", String.format(Locale.ROOT, "%.10g", pair.predGap()));
    }
  }

  /** Decomposition and analysis with the package defaults (rho = 0.9, beta = 0, soft shrinkage). */
  static Outcome analyze(JointStatistics stats, int[] weakColumns, int[] strongColumns, int[] labels) {
    RepresentationAnalysis analysis = RepresentationAnalysis.of(stats, Collections.singletonList(weakColumns),
        Collections.singletonList(strongColumns), labels, PrincipalSettings.defaults(), stats.weight());
    return new Outcome(analysis.pair(0, 0), analysis.geometry().path(), stats.linearAlgebra());
  }

  private static Map<String, String> common(String phase, int n, int columns, long nanos, long generation,
      HeapMonitor.Usage usage) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("phase", phase);
    r.put("n", Integer.toString(n));
    r.put("columns", Integer.toString(columns));
    r.put("time_s", seconds(nanos));
    r.put("generation_s", seconds(generation));
    r.put("baseline_mb", megabytes(usage.baseline));
    r.put("peak_mb", megabytes(usage.peak));
    r.put("live_mb", megabytes(usage.peakLive));
    r.put("gcs", Integer.toString(usage.collections));
    return r;
  }

  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / MB);
  }

  static int[] range(int from, int to) {
    int[] r = new int[to - from];
    for (int i = 0; i < r.length; i++) {
      r[i] = from + i;
    }
    return r;
  }

  // ---------------------------------------------------------------- parent side

  /** Runs the phases in child JVMs, prints the table and writes the markdown report. */
  private static final class Parent {
    private final Workload w;
    private final String streamHeap;
    private final String dataHeap;
    private final int wekaLimitSeconds;
    private final boolean withInstances;
    private final String javaExe;
    private final String classPath;
    int fileN;
    int wideStrong;
    int wideN;
    int rounds;

    Parent(Workload w, String streamHeap, String dataHeap, int wekaLimitSeconds, boolean withInstances) {
      this.w = w;
      this.streamHeap = streamHeap;
      this.dataHeap = dataHeap;
      this.wekaLimitSeconds = wekaLimitSeconds;
      this.withInstances = withInstances;
      this.javaExe = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
      this.classPath = System.getProperty("java.class.path");
    }

    void run(Path markdown) throws Exception {
      String loadBefore = loadAverage();
      System.out.println("Machine: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors()
          + " cores, " + totalMemory() + "; load average " + loadBefore);
      System.out.println("Child JVMs: " + String.join(" ", jvmFlags(streamHeap)) + " (streamed), "
          + String.join(" ", jvmFlags(dataHeap)) + " (from Instances)");
      boolean nativeHere = LinearAlgebra.nativeAvailable();
      List<String> backEnds = nativeHere ? List.of("java", "native") : List.of("java");
      String best = nativeHere ? "native" : "java";
      System.out.println("Back ends: " + String.join(", ", backEnds) + (nativeHere ? " ("
          + LinearAlgebra.of(LinearAlgebra.Choice.NATIVE).description() + ")" : " (no optimized native BLAS"
          + " found: install OpenBLAS for the native rows)"));
      Path scratch = Files.createTempDirectory("w2s-bench");
      try {
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, Map<String, String>> streams = new LinkedHashMap<>();
        for (String b : backEnds) {
          Map<String, String> r = child("stream", w.with(w.strongDim, b), w.n, 0, streamHeap);
          streams.put(b, r);
          rows.add(r);
        }
        Map<String, String> stream = streams.get(best);
        Map<String, String> instances = withInstances
            ? child("instances", w.with(w.strongDim, best), w.n, 0, dataHeap) : null;
        if (instances != null) {
          rows.add(instances);
        }
        Map<String, String> weka = child("weka-pca", w, w.n, wekaLimitSeconds, dataHeap);
        rows.add(weka);
        Map<String, String> large = child("stream", w.with(w.strongDim, best), w.largeN, 0, streamHeap);
        rows.add(large);

        Map<String, Map<String, String>> wide = new LinkedHashMap<>();
        Map<String, String> wideNumpy = null;
        if (wideStrong > 0) {
          for (String b : backEnds) {
            Map<String, String> r = child("stream", w.with(wideStrong, b), wideN, 0, dataHeap);
            wide.put(b, r);
            rows.add(r);
          }
          if (numpyAvailable()) {
            wideNumpy = numpyOnRawRows(w.with(wideStrong, best), wideN, scratch);
          }
        }
        FileComparison file = fileN > 0 ? compareOnFile(scratch) : null;
        String loadAfter = loadAverage();

        Report.Extras extras = new Report.Extras(streams, wide, wideNumpy, file);
        String report = Report.markdown(w, rows, stream, instances, weka, large, extras, jvmFlags(streamHeap),
            jvmFlags(dataHeap), new String[] {loadBefore, loadAfter}, machine(), command());
        System.out.println();
        System.out.println(Report.table(rows));
        System.out.println(Report.summary(stream, instances, weka, large));
        System.out.println(Report.targets(extras));
        if (file != null) {
          System.out.println(Report.fileTable(file));
        }
        if (markdown != null) {
          Path parentDir = markdown.toAbsolutePath().getParent();
          if (parentDir != null) {
            Files.createDirectories(parentDir);
          }
          Files.write(markdown, report.getBytes(StandardCharsets.UTF_8));
          System.out.println("Wrote " + markdown);
        }
      } finally {
        try (java.util.stream.Stream<Path> files = Files.list(scratch)) {
          for (Path f : (Iterable<Path>) files::iterator) {
            Files.deleteIfExists(f);
          }
        }
        Files.deleteIfExists(scratch);
      }
    }

    /**
     * The same ARFF file read, in interleaved rounds, by Weka's ArffLoader alone (the floor),
     * W2SGAnalysis with each back end, and the numpy script; whole-process wall times.
     */
    private FileComparison compareOnFile(Path scratch) throws Exception {
      Workload fw = w.with(w.strongDim, best());
      Path arff = scratch.resolve("w2sg-" + fileN + ".arff");
      System.out.println("Writing " + arff + " (" + fileN + " rows x " + (fw.weakDim + fw.strongDim + 1)
          + " columns) ...");
      writeArff(fw, fileN, arff);
      FileComparison c = new FileComparison(fileN, fw.weakDim + fw.strongDim + 1, Files.size(arff), rounds);
      String weakRange = "1-" + fw.weakDim;
      String strongRange = (fw.weakDim + 1) + "-" + (fw.weakDim + fw.strongDim);
      boolean numpy = numpyAvailable() && Files.isRegularFile(NUMPY_SCRIPT);
      for (int round = 1; round <= rounds; round++) {
        c.add("ArffLoader pass", timed(java(ArffReadPass.class.getName(), arff.toString()), false));
        for (String b : LinearAlgebra.nativeAvailable() ? List.of("java", "native") : List.of("java")) {
          c.add("W2SGAnalysis -linalg " + b, timed(java("weka.w2s.W2SGAnalysis", "-i", arff.toString(),
              "-weak", weakRange, "-strong", strongRange, "-c", "last", "-json", "-linalg", b), false));
        }
        // the same with Weka's ArffLoader parsing every line (the fast data reader switched off)
        List<String> wekaReader = java("weka.w2s.W2SGAnalysis", "-i", arff.toString(), "-weak", weakRange,
            "-strong", strongRange, "-c", "last", "-json", "-linalg", best());
        wekaReader.add(1, "-Dw2s.fastArff=false");
        c.add("W2SGAnalysis -linalg " + best() + ", read by ArffLoader", timed(wekaReader, false));
        if (numpy) {
          c.add("numpy script", timed(List.of("python3", NUMPY_SCRIPT.toString(), arff.toString(),
              Integer.toString(fw.weakDim), Integer.toString(fw.strongDim)), true));
        }
        System.out.println("  round " + round + ": " + c.lastRound());
      }
      return c;
    }

    private String best() {
      return LinearAlgebra.nativeAvailable() ? "native" : "java";
    }

    private List<String> java(String mainClass, String... args) {
      List<String> cmd = new ArrayList<>(List.of(javaExe, "-cp", classPath, mainClass));
      cmd.addAll(Arrays.asList(args));
      return cmd;
    }

    /** The numpy script's compute time on the rows of the wide case, written as raw doubles. */
    private Map<String, String> numpyOnRawRows(Workload ww, int n, Path scratch) throws Exception {
      Path raw = scratch.resolve("w2sg-wide.f64");
      LatentFactorModel model = ww.model();
      int d = model.rowLength();
      System.out.println("Writing " + raw + " (" + n + " x " + d + " doubles) for numpy ...");
      Random rnd = new Random(ww.rowSeed());
      double[] row = new double[d];
      java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(8 * d).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(raw,
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
        for (int i = 0; i < n; i++) {
          model.nextRow(rnd, row);
          buf.clear();
          buf.asDoubleBuffer().put(row);
          buf.position(0).limit(8 * d);
          while (buf.hasRemaining()) {
            ch.write(buf);
          }
        }
      }
      Timed t = timed(List.of("python3", NUMPY_SCRIPT.toString(), "--raw", raw.toString(), Integer.toString(n),
          Integer.toString(d), Integer.toString(ww.weakDim), Integer.toString(ww.strongDim)), true);
      Files.deleteIfExists(raw);
      Map<String, String> r = new LinkedHashMap<>();
      r.put("n", Integer.toString(n));
      r.put("columns", Integer.toString(d));
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("score ([0-9.]+); load ([0-9.]+) s, compute ([0-9.]+) s")
          .matcher(t.output);
      if (!m.find()) {
        throw new IllegalStateException("Unexpected output of the numpy script: " + t.output);
      }
      r.put("score", m.group(1));
      r.put("compute_s", m.group(3));
      System.out.println("  numpy on the wide rows: " + r);
      return r;
    }

    private static boolean numpyAvailable() {
      try {
        Process p = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
      } catch (IOException | InterruptedException e) {
        return false;
      }
    }

    /** Runs a command to its end: whole-process wall time and standard output. */
    private static Timed timed(List<String> cmd, boolean numpy) throws Exception {
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
      if (numpy) {
        // numpy at its best: no core type or cache size forced on its OpenBLAS
        pb.environment().remove("OPENBLAS_CORETYPE");
        pb.environment().remove("OPENBLAS_L2_SIZE");
      }
      long start = System.nanoTime();
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int code = p.waitFor();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (code != 0) {
        throw new IllegalStateException(String.join(" ", cmd) + " failed with exit code " + code + ":\n" + out);
      }
      return new Timed(seconds, out);
    }

    /** The same collector and young generation everywhere; only the heap limit differs. */
    private List<String> jvmFlags(String heap) {
      return Arrays.asList("-Xmx" + heap, "-Xmn" + YOUNG_GENERATION, "-XX:+UseG1GC");
    }

    /** Runs one phase in a child JVM; a time limit of 0 means none. */
    private Map<String, String> child(String phase, Workload cw, int n, int limitSeconds, String heap)
        throws Exception {
      List<String> cmd = new ArrayList<>();
      cmd.add(javaExe);
      cmd.addAll(jvmFlags(heap));
      cmd.add("-cp");
      cmd.add(classPath);
      cmd.add(AnalysisBenchmark.class.getName());
      cmd.add("-phase");
      cmd.add(phase);
      cmd.add("-n");
      cmd.add(Integer.toString(n));
      cmd.addAll(cw.childArgs());
      System.out.println("Running " + phase + " (n = " + n + ", " + cw.strongDim + " strong columns, " + cw.linalg
          + ")"
          + (limitSeconds > 0 ? ", time limit " + limitSeconds + " s" : "") + " ...");
      long start = System.nanoTime();
      String loadAtStart = oneMinuteLoad();
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      Map<String, String> result = new LinkedHashMap<>();
      Thread reader = new Thread(() -> readResult(p, result));
      reader.start();
      boolean finished = limitSeconds > 0 ? p.waitFor(limitSeconds, TimeUnit.SECONDS) : p.waitFor() >= 0;
      if (!finished) {
        p.destroyForcibly().waitFor();
        reader.join();
        Map<String, String> r = new LinkedHashMap<>();
        r.put("phase", phase);
        r.put("n", Integer.toString(n));
        r.put("columns", Integer.toString(cw.strongDim));
        r.put("time_s", ">" + limitSeconds);
        r.put("limited", "true");
        r.put("xmx", heap);
        r.put("load", loadAtStart + " -> " + oneMinuteLoad());
        System.out.println("  stopped after " + limitSeconds + " s (the time is a lower bound)");
        return r;
      }
      reader.join();
      if (p.exitValue() != 0 || result.isEmpty()) {
        throw new IllegalStateException("Phase " + phase + " (n = " + n + ") failed with exit code "
            + p.exitValue() + "; see the messages above.");
      }
      result.put("xmx", heap);
      result.put("load", loadAtStart + " -> " + oneMinuteLoad());
      System.out.println("  " + result + String.format(Locale.ROOT, " (child JVM %.1f s in total)",
          (System.nanoTime() - start) / 1e9));
      return result;
    }

    private static void readResult(Process p, Map<String, String> result) {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.startsWith(RESULT_PREFIX)) {
            synchronized (result) {
              for (String field : line.substring(RESULT_PREFIX.length()).split("\t")) {
                int eq = field.indexOf('=');
                result.put(field.substring(0, eq), field.substring(eq + 1));
              }
            }
          } else {
            System.out.println("  | " + line);
          }
        }
      } catch (IOException e) {
        System.err.println("Could not read the child's output: " + e.getMessage());
      }
    }

    private String command() {
      String fromScript = System.getenv("W2S_BENCH_COMMAND");
      if (fromScript != null && !fromScript.trim().isEmpty()) {
        return fromScript.trim();
      }
      return "java -cp <classpath> " + AnalysisBenchmark.class.getName() + " "
          + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    private Map<String, String> machine() {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("CPU", cpuModel());
      m.put("Cores available to the JVM", Integer.toString(Runtime.getRuntime().availableProcessors()));
      m.put("Memory", totalMemory());
      m.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
          + System.getProperty("os.arch") + ")");
      m.put("java -version", javaVersion());
      m.put("Date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      return m;
    }

    private String javaVersion() {
      try {
        Process p = new ProcessBuilder(javaExe, "-version").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        return text;
      } catch (IOException | InterruptedException e) {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
      }
    }
  }

  static final Path NUMPY_SCRIPT = Paths.get("bench", "numpy", "w2sg_score.py");

  /** A finished command: its wall time and standard output. */
  static final class Timed {
    final double seconds;
    final String output;

    Timed(double seconds, String output) {
      this.seconds = seconds;
      this.output = output;
    }
  }

  /** Whole-process wall times of the file comparison, round by round, and what each one printed. */
  static final class FileComparison {
    final int n;
    final int columns;
    final long bytes;
    final int rounds;
    final Map<String, List<Double>> times = new LinkedHashMap<>();
    final Map<String, String> results = new LinkedHashMap<>();

    FileComparison(int n, int columns, long bytes, int rounds) {
      this.n = n;
      this.columns = columns;
      this.bytes = bytes;
      this.rounds = rounds;
    }

    void add(String what, Timed t) {
      times.computeIfAbsent(what, k -> new ArrayList<>()).add(t.seconds);
      results.put(what, result(t.output));
    }

    double best(String what) {
      return times.get(what).stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    String lastRound() {
      StringBuilder sb = new StringBuilder();
      for (Map.Entry<String, List<Double>> e : times.entrySet()) {
        sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
            .append(String.format(Locale.ROOT, "%.2f s", e.getValue().get(e.getValue().size() - 1)));
      }
      return sb.toString();
    }

    /** The score (or row count) a command printed, to show that all read the same data. */
    private static String result(String output) {
      java.util.regex.Matcher json = java.util.regex.Pattern.compile("\"w2sg_score\": ?([0-9.eE+-]+)").matcher(output);
      if (json.find()) {
        return "score " + String.format(Locale.ROOT, "%.10f", Double.parseDouble(json.group(1)));
      }
      java.util.regex.Matcher numpy = java.util.regex.Pattern.compile("score ([0-9.]+)").matcher(output);
      if (numpy.find()) {
        return "score " + numpy.group(1);
      }
      return output.trim();
    }
  }

  /** An ARFF file of n rows of the workload: the weak and strong columns and the numeric label. */
  static void writeArff(Workload w, int n, Path file) throws IOException {
    LatentFactorModel model = w.model();
    int d = model.rowLength();
    Random rnd = new Random(w.rowSeed());
    double[] row = new double[d];
    try (java.io.Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      out.write("@relation w2sg-benchmark\n");
      for (int j = 0; j < d; j++) {
        String name = j < w.weakDim ? "weak_" + j : j < w.weakDim + w.strongDim ? "strong_" + (j - w.weakDim) : "y";
        out.write("@attribute " + name + " numeric\n");
      }
      out.write("@data\n");
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < n; i++) {
        model.nextRow(rnd, row);
        line.setLength(0);
        for (int j = 0; j < d; j++) {
          line.append(j == 0 ? "" : ",").append((float) row[j]); // 7 significant digits, as text data has
        }
        out.write(line.append('\n').toString());
      }
    }
  }

  /** The CPU as /proc/cpuinfo names it: model name, family/model, clock and cache size. */
  static String cpuModel() {
    Path cpuinfo = Paths.get("/proc/cpuinfo");
    if (Files.isReadable(cpuinfo)) {
      try {
        Map<String, String> first = new LinkedHashMap<>();
        for (String line : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
          int colon = line.indexOf(':');
          if (line.trim().isEmpty() && !first.isEmpty()) {
            break; // the first processor is enough
          }
          if (colon > 0) {
            first.putIfAbsent(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
          }
        }
        if (first.containsKey("model name")) {
          return first.get("model name") + " (family " + first.getOrDefault("cpu family", "?") + ", model "
              + first.getOrDefault("model", "?") + ", " + first.getOrDefault("cpu MHz", "?") + " MHz, cache "
              + first.getOrDefault("cache size", "?") + ")";
        }
      } catch (IOException e) {
        // fall through
      }
    }
    return System.getProperty("os.arch") + " (model unknown)";
  }

  static String totalMemory() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean) {
      long bytes = ((com.sun.management.OperatingSystemMXBean) os).getTotalPhysicalMemorySize();
      return String.format(Locale.ROOT, "%.1f GiB RAM", bytes / (MB * 1024));
    }
    return "unknown RAM";
  }

  /** The 1-minute load average, or "?". */
  static String oneMinuteLoad() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "?" : String.format(Locale.ROOT, "%.2f", load);
  }

  static String loadAverage() {
    Path loadavg = Paths.get("/proc/loadavg");
    if (Files.isReadable(loadavg)) {
      try {
        String[] parts = new String(Files.readAllBytes(loadavg), StandardCharsets.UTF_8).trim().split("\\s+");
        return parts[0] + " / " + parts[1] + " / " + parts[2] + " (1 / 5 / 15 min)";
      } catch (IOException e) {
        // fall through
      }
    }
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f (1 min)", load);
  }
}
