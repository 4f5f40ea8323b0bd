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

package weka.w2s.spark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import weka.w2s.core.JointStatistics;

/**
 * Benchmark (not a unit test): n rows of a 384-column weak and a 1024-column strong representation
 * and a -1 / +1 label from a latent factor model, generated inside Spark (no file), analysed by
 * W2SGSparkAnalysis; or the same rows generated in one JVM and streamed into JointStatistics, the
 * single-machine path of W2SGAnalysis without its file parsing. Prints wall time, the JVM's peak
 * heap and the result (to compare the two arms). Run by spark/bench/spark-benchmark.sh.
 *
 * <p>The experiment arms run the weak-to-strong protocol on the same rows (class as text, one weak
 * candidate, naive and kernel, one repetition): W2SGSparkExperiment on rows generated in Spark, or
 * W2SGExperiment -id on the rows as Weka instances in one JVM (the single-machine protocol holds its
 * data in memory).
 *
 * <pre>
 * SparkBenchmark spark|single|spark-experiment|single-experiment n [partitions] [master]
 * </pre>
 */
public final class SparkBenchmark {

  static final int WEAK = 384;
  static final int STRONG = 1024;
  static final int FACTORS = 16;
  /** The weak view sees only these first factors: weak-to-strong has something to miss. */
  static final int WEAK_FACTORS = 8;
  static final long SEED = 20261201L;

  private SparkBenchmark() {
  }

  /** Loadings of the two views (fixed by the seed), shared by both arms. */
  static final double[][] A = loadings(WEAK, 1);
  static final double[][] B = loadings(STRONG, 2);

  static double[][] loadings(int rows, long salt) {
    SplittableRandom r = new SplittableRandom(SEED * 31 + salt);
    double[][] m = new double[rows][FACTORS];
    for (double[] row : m) {
      for (int f = 0; f < FACTORS; f++) {
        row[f] = r.nextGaussian();
      }
    }
    return m;
  }

  /** Row {@code id}: weak, strong (noisy loadings of the factors) and the label, the same in any JVM. */
  static void row(long id, double[] weak, double[] strong, double[] label) {
    SplittableRandom r = new SplittableRandom(SEED ^ (id * 0x9E3779B97F4A7C15L));
    double[] z = new double[FACTORS];
    double margin = 0;
    for (int f = 0; f < FACTORS; f++) {
      z[f] = r.nextGaussian();
      margin += (f % 2 == 0 ? 1 : -0.5) * z[f];
    }
    for (int j = 0; j < WEAK; j++) {
      double v = 0.5 * r.nextGaussian();
      for (int f = 0; f < WEAK_FACTORS; f++) {
        v += A[j][f] * z[f];
      }
      weak[j] = v;
    }
    for (int j = 0; j < STRONG; j++) {
      double v = 0.5 * r.nextGaussian();
      for (int f = 0; f < FACTORS; f++) {
        v += B[j][f] * z[f];
      }
      strong[j] = v;
    }
    label[0] = margin + 0.3 * r.nextGaussian() > 0 ? 1 : -1;
  }

  static final String[] OPTIONS = {"-weak", "1", "-strong", "2", "-c", "3", "-json"};
  /** The experiment: one weak candidate, naive and kernel, one repetition; the key is the row number. */
  static final String[] EXPERIMENT = {"-runs", "1", "-modes", "naive,kernel"};

  public static void main(String[] args) throws Exception {
    String arm = args[0];
    long n = Long.parseLong(args[1]);
    int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    String master = args.length > 3 ? args[3] : "local[2]";
    PeakHeap heap = new PeakHeap();
    long start = System.nanoTime();
    String json;
    double startup = 0;
    if (arm.startsWith("spark")) {
      SparkSession.builder().appName("SparkBenchmark").master(master).config("spark.ui.enabled", "false")
          .getOrCreate();
      startup = (System.nanoTime() - start) / 1e9;
      json = arm.equals("spark") ? spark(n, partitions, master) : sparkExperiment(n, partitions, master);
    } else {
      json = arm.equals("single") ? single(n) : singleExperiment(n);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    heap.stop();
    System.out.printf(Locale.ROOT, "arm=%s n=%d d=%d partitions=%s wall_s=%.1f (of which Spark start-up %.1f)"
        + " peak_heap_mb=%d max_heap_mb=%d%n", arm, n, WEAK + STRONG + 1,
        arm.startsWith("spark") ? Integer.toString(partitions) : "-", seconds, startup, heap.peak() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.print(json);
  }

  /** The rows generated in Spark's tasks, analysed by the tool. */
  static String spark(long n, int partitions, String master) {
    return runOnGenerated(n, partitions, master, false, OPTIONS, W2SGSparkAnalysis::run);
  }

  /** The rows generated in Spark's tasks (class as text), the experiment run by W2SGSparkExperiment. */
  static String sparkExperiment(long n, int partitions, String master) {
    return runOnGenerated(n, partitions, master, true, concat(OPTIONS, EXPERIMENT), W2SGSparkExperiment::run);
  }

  /** A Spark tool's entry point on given data. */
  interface ToolOnData {
    int run(Dataset<Row> data, String[] args, PrintStream out, PrintStream err);
  }

  static String runOnGenerated(long n, int partitions, String master, boolean textClass, String[] options,
      ToolOnData tool) {
    SparkSession spark = SparkSession.builder().appName("SparkBenchmark").master(master)
        .config("spark.ui.enabled", "false").getOrCreate();
    StructType schema = new StructType()
        .add("weak", DataTypes.createArrayType(DataTypes.DoubleType, false))
        .add("strong", DataTypes.createArrayType(DataTypes.DoubleType, false))
        .add("label", textClass ? DataTypes.StringType : DataTypes.DoubleType);
    Dataset<Row> rows = spark.range(0, n, 1, partitions).mapPartitions(
        (MapPartitionsFunction<Long, Row>) ids -> new Iterator<Row>() {
          @Override
          public boolean hasNext() {
            return ids.hasNext();
          }

          @Override
          public Row next() {
            double[] weak = new double[WEAK];
            double[] strong = new double[STRONG];
            double[] label = new double[1];
            row(ids.next(), weak, strong, label);
            return RowFactory.create(weak, strong, textClass ? (label[0] > 0 ? "pos" : "neg") : (Object) label[0]);
          }
        }, Encoders.row(schema));
    List<String> a = new ArrayList<>(List.of("-i", "generated"));
    a.addAll(List.of(options));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = tool.run(rows, a.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    spark.stop();
    if (code != 0) {
      throw new IllegalStateException("exit " + code);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /**
   * The same rows as Weka instances (attribute "id" = the row number from 1, as the Spark arm's key),
   * the experiment run by W2SGExperiment -id in this JVM.
   */
  static String singleExperiment(long n) throws Exception {
    java.util.ArrayList<weka.core.Attribute> attributes = new java.util.ArrayList<>();
    attributes.add(new weka.core.Attribute("id"));
    for (int j = 0; j < WEAK; j++) {
      attributes.add(new weka.core.Attribute("weak_" + j));
    }
    for (int j = 0; j < STRONG; j++) {
      attributes.add(new weka.core.Attribute("strong_" + j));
    }
    attributes.add(new weka.core.Attribute("label", List.of("neg", "pos")));
    weka.core.Instances data = new weka.core.Instances("generated", attributes, (int) n);
    data.setClassIndex(data.numAttributes() - 1);
    double[] weak = new double[WEAK];
    double[] strong = new double[STRONG];
    double[] label = new double[1];
    for (long id = 0; id < n; id++) {
      row(id, weak, strong, label);
      double[] values = new double[attributes.size()];
      values[0] = id + 1;
      System.arraycopy(weak, 0, values, 1, WEAK);
      System.arraycopy(strong, 0, values, 1 + WEAK, STRONG);
      values[values.length - 1] = label[0] > 0 ? 1 : 0;
      data.add(new weka.core.DenseInstance(1, values));
    }
    weka.w2s.experiment.ExperimentSettings settings = weka.w2s.experiment.ExperimentSettings.fromOptions(
        concat(new String[] {"-weak", "2-" + (1 + WEAK), "-strong", (2 + WEAK) + "-" + (1 + WEAK + STRONG),
            "-id", "id"}, EXPERIMENT));
    weka.w2s.experiment.Experiment experiment = new weka.w2s.experiment.Experiment(settings, data, "generated",
        System.err);
    experiment.run();
    return experiment.json();
  }

  /** The same rows streamed into one JointStatistics, then the same analysis and report. */
  static String single(long n) throws Exception {
    int d = WEAK + STRONG + 1;
    JointStatistics stats = JointStatistics.forDimension(d);
    double[] weak = new double[WEAK];
    double[] strong = new double[STRONG];
    double[] label = new double[1];
    double[] joint = new double[d];
    for (long id = 0; id < n; id++) {
      row(id, weak, strong, label);
      System.arraycopy(weak, 0, joint, 0, WEAK);
      System.arraycopy(strong, 0, joint, WEAK, STRONG);
      joint[d - 1] = label[0];
      stats.add(joint);
    }
    // the layout of the same three columns, from the Spark tool's own schema code
    StructType schema = new StructType().add("weak", "array<double>").add("strong", "array<double>")
        .add("label", "double");
    ColumnSchema columns = new ColumnSchema(schema);
    weka.core.Instances header = columns.expandedHeader(new int[] {WEAK, STRONG, 1}, 2, null);
    weka.w2s.data.RepresentationLayout layout = weka.w2s.data.RepresentationLayout.resolve(header,
        List.of("1-" + WEAK), List.of((WEAK + 1) + "-" + (WEAK + STRONG)), true);
    List<String> a = new ArrayList<>(List.of("-i", "generated"));
    a.addAll(List.of(OPTIONS));
    SparkOptions s = SparkOptions.parse(a.toArray(new String[0]));
    weka.w2s.analysis.Ranking ranking = new weka.w2s.analysis.Analyzer(s.settings, "single", System.err).rank(stats,
        layout, "generated", 0, Double.NaN, weka.w2s.analysis.Ranking.labelDescription(header));
    return s.json ? ranking.json() : ranking.table();
  }

  /** Samples the heap in use every 50 ms. */
  static final class PeakHeap {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile boolean running = true;
    private volatile long peak;
    private final Thread thread;

    PeakHeap() {
      thread = new Thread(() -> {
        while (running) {
          peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "peak-heap");
      thread.setDaemon(true);
      thread.start();
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }

    long peak() {
      return peak;
    }
  }
}
