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
import weka.w2s.RepresentationLayout;
import weka.w2s.core.JointStatistics;
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
          "-S", Long.toString(seed));
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
    if (!phase.isEmpty()) {
      runPhase(phase, w);
      return;
    }
    Parent parent = new Parent(w, streamHeap.isEmpty() ? "256m" : streamHeap,
        dataHeap.isEmpty() ? "4g" : dataHeap, wekaLimit.isEmpty() ? 600 : Integer.parseInt(wekaLimit),
        !skipInstances);
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
    JointStatistics stats = JointStatistics.forDimension(d);
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

    HeapMonitor heap = HeapMonitor.start();
    long t1 = System.nanoTime();
    RepresentationLayout layout = RepresentationLayout.resolve(data,
        List.of("1-" + w.weakDim), List.of((w.weakDim + 1) + "-" + (w.weakDim + w.strongDim)), true);
    JointStatistics stats = JointStatistics.forDimension(layout.dimension());
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

    Outcome(PairAnalysis pair, SampleGeometry.Path path) {
      this.pair = pair;
      this.path = path;
    }

    void describe(Map<String, String> r) {
      r.put("path", path.name().toLowerCase(Locale.ROOT));
      r.put("k_w", Integer.toString(pair.weak().k()));
      r.put("k_s", Integer.toString(pair.strong().k()));
      r.put("score", String.format(Locale.ROOT, "%.10f", pair.score()));
      r.put("pred_gap", String.format(Locale.ROOT, "%.10g", pair.predGap()));
    }
  }

  /** Decomposition and analysis with the package defaults (rho = 0.9, beta = 0, soft shrinkage). */
  static Outcome analyze(JointStatistics stats, int[] weakColumns, int[] strongColumns, int[] labels) {
    RepresentationAnalysis analysis = RepresentationAnalysis.of(stats, Collections.singletonList(weakColumns),
        Collections.singletonList(strongColumns), labels, PrincipalSettings.defaults(), stats.count());
    return new Outcome(analysis.pair(0, 0), analysis.geometry().path());
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
      List<Map<String, String>> rows = new ArrayList<>();
      Map<String, String> stream = child("stream", w.n, 0);
      rows.add(stream);
      Map<String, String> instances = withInstances ? child("instances", w.n, 0) : null;
      if (instances != null) {
        rows.add(instances);
      }
      Map<String, String> weka = child("weka-pca", w.n, wekaLimitSeconds);
      rows.add(weka);
      Map<String, String> large = child("stream", w.largeN, 0);
      rows.add(large);
      String loadAfter = loadAverage();

      String report = Report.markdown(w, rows, stream, instances, weka, large, jvmFlags(streamHeap),
          jvmFlags(dataHeap), new String[] {loadBefore, loadAfter}, machine(), command());
      System.out.println();
      System.out.println(Report.table(rows));
      System.out.println(Report.summary(stream, instances, weka, large));
      if (markdown != null) {
        Path parentDir = markdown.toAbsolutePath().getParent();
        if (parentDir != null) {
          Files.createDirectories(parentDir);
        }
        Files.write(markdown, report.getBytes(StandardCharsets.UTF_8));
        System.out.println("Wrote " + markdown);
      }
    }

    /** The same collector and young generation everywhere; only the heap limit differs. */
    private List<String> jvmFlags(String heap) {
      return Arrays.asList("-Xmx" + heap, "-Xmn" + YOUNG_GENERATION, "-XX:+UseG1GC");
    }

    /** Runs one phase in a child JVM; a time limit of 0 means none. */
    private Map<String, String> child(String phase, int n, int limitSeconds) throws Exception {
      List<String> cmd = new ArrayList<>();
      cmd.add(javaExe);
      String heap = phase.equals("stream") ? streamHeap : dataHeap;
      cmd.addAll(jvmFlags(heap));
      cmd.add("-cp");
      cmd.add(classPath);
      cmd.add(AnalysisBenchmark.class.getName());
      cmd.add("-phase");
      cmd.add(phase);
      cmd.add("-n");
      cmd.add(Integer.toString(n));
      cmd.addAll(w.childArgs());
      System.out.println("Running " + phase + " (n = " + n + ")"
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
        r.put("columns", Integer.toString(w.strongDim));
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
