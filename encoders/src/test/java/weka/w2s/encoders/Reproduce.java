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

package weka.w2s.encoders;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSink;
import weka.core.converters.ConverterUtils.DataSource;
import weka.w2s.encoders.bench.TaskExperiment;
import weka.w2s.encoders.bench.Representation;
import weka.w2s.encoders.bench.Representations;
import weka.w2s.encoders.bench.ResultsReport;
import weka.w2s.encoders.bench.TaskResult;
import weka.w2s.encoders.bench.TextTasks;

/**
 * The reproduction benchmark: for every text task, a fixed strong representation (an encoder) and a
 * set of weak candidates (other encoders, quantized encoders, character n-gram bags at several
 * ranks, random projections of encoders), computes the label-free W2SG quantities of every
 * (weak, strong) pair and the measured weak-to-strong error and PGR under the protocol of
 * W2SG-MATH.md section 5 over seeded splits; correlates them; compares WeakToStrong's training
 * modes; writes a Markdown report and one scatter plot per task.
 *
 * <p>Options (Weka style):
 * <pre>
 * -cache &lt;dir&gt;         raw data (npm/), built tasks (tasks/) and embeddings (embeddings/)
 *                        (default $W2S_CACHE, else ~/.cache/weakToStrong)
 * -tasks &lt;a,b,..&gt;      task ids (default names-gender,afinn-polarity,spam-subject)
 * -data &lt;f1,f2,..&gt;      ARFF files (text string attribute first, nominal class last) instead of tasks
 * -max &lt;n&gt;             at most n texts per task, stratified sample (default 2000)
 * -seeds &lt;n&gt;           number of seeded splits (default 5)
 * -strong &lt;encoder&gt;    the strong representation (default bge)
 * -weak &lt;e1,e2,..&gt;      encoders used as weak candidates, or none (default minilm,minilm_q,bge_q,e5,e5_q)
 * -projected &lt;e1,..&gt;    encoders whose random projections to 8 and 32 dimensions are weak candidates
 *                        (default minilm,e5_q,bge)
 * -modes &lt;m1,m2,..&gt;    WeakToStrong strategies to compare besides naive and gold, or none
 *                        (default naive,confidence,refine,kernel,auto)
 * -out &lt;dir&gt;           where results.md and the PNG plots go (default docs)
 * -command &lt;text&gt;      the command line to record in the report
 * </pre>
 */
public final class Reproduce {

  private Reproduce() {
  }

  /** The run's settings. */
  public static final class Config {
    public Path cache;
    public List<String> tasks = new ArrayList<>();
    public List<String> dataFiles = new ArrayList<>();
    public int max = 2000;
    public int seeds = 5;
    public Encoder strong = Encoder.BGE;
    public List<Encoder> weakEncoders = new ArrayList<>();
    public List<Encoder> projected = new ArrayList<>();
    public String[] modes = {"naive", "confidence", "refine", "kernel", "auto"};
    public Path out = Path.of("docs");
    public String command = "";

    public static Config parse(String[] args) throws Exception {
      Config c = new Config();
      String cache = Utils.getOption("cache", args);
      if (cache.isEmpty()) {
        String env = System.getenv("W2S_CACHE");
        cache = env != null && !env.isEmpty() ? env
            : Path.of(System.getProperty("user.home"), ".cache", "weakToStrong").toString();
      }
      c.cache = Path.of(cache);
      String tasks = Utils.getOption("tasks", args);
      String data = Utils.getOption("data", args);
      if (!data.isEmpty()) {
        c.dataFiles = list(data);
      } else {
        c.tasks = list(tasks.isEmpty() ? "names-gender,afinn-polarity,spam-subject" : tasks);
      }
      String max = Utils.getOption("max", args);
      if (!max.isEmpty()) {
        c.max = Integer.parseInt(max);
      }
      String seeds = Utils.getOption("seeds", args);
      if (!seeds.isEmpty()) {
        c.seeds = Integer.parseInt(seeds);
      }
      String strong = Utils.getOption("strong", args);
      if (!strong.isEmpty()) {
        c.strong = Encoder.byId(strong);
      }
      String weak = Utils.getOption("weak", args);
      c.weakEncoders = encoders(weak.isEmpty() ? "minilm,minilm_q,bge_q,e5,e5_q" : weak);
      String projected = Utils.getOption("projected", args);
      c.projected = encoders(projected.isEmpty() ? "minilm,e5_q,bge" : projected);
      String modes = Utils.getOption("modes", args);
      if (!modes.isEmpty()) {
        c.modes = modes.equals("none") ? new String[0] : list(modes).toArray(new String[0]);
      }
      String out = Utils.getOption("out", args);
      if (!out.isEmpty()) {
        c.out = Path.of(out);
      }
      c.command = Utils.getOption("command", args);
      Utils.checkForRemainingOptions(args);
      if (c.weakEncoders.contains(c.strong)) {
        throw new IllegalArgumentException("The strong encoder " + c.strong.id() + " is also among the weak ones.");
      }
      if (c.seeds < 1 || c.max < 20) {
        throw new IllegalArgumentException("Use at least one seed and 20 texts per task.");
      }
      return c;
    }

    private static List<String> list(String spec) {
      List<String> out = new ArrayList<>();
      for (String s : spec.split(",")) {
        if (!s.trim().isEmpty()) {
          out.add(s.trim());
        }
      }
      return out;
    }

    private static List<Encoder> encoders(String spec) {
      List<Encoder> out = new ArrayList<>();
      if (!spec.trim().equals("none")) {
        for (String id : list(spec)) {
          out.add(Encoder.byId(id));
        }
      }
      return out;
    }
  }

  public static void main(String[] args) throws Exception {
    Config config = Config.parse(args);
    List<TaskResult> results = run(config);
    ResultsReport.write(config, results);
    System.err.println("Reproduce: wrote " + config.out.resolve("results.md"));
  }

  /** Runs every task. */
  public static List<TaskResult> run(Config config) throws Exception {
    List<TaskResult> results = new ArrayList<>();
    List<String> sources = config.dataFiles.isEmpty() ? config.tasks : config.dataFiles;
    for (String source : sources) {
      long start = System.nanoTime();
      Instances task = load(config, source);
      task = TextTasks.sample(task, config.max, 1);
      System.err.println("Reproduce: task " + task.relationName() + ", " + task.numInstances() + " texts");
      TaskResult result = runTask(config, task);
      result.seconds = (System.nanoTime() - start) / 1e9;
      System.err.printf("Reproduce: task %s done in %.0f s%n", task.relationName(), result.seconds);
      results.add(result);
    }
    return results;
  }

  private static Instances load(Config config, String source) throws Exception {
    Instances data;
    if (!config.dataFiles.isEmpty()) {
      data = DataSource.read(source);
      String name = new File(source).getName().replaceAll("\\.arff(\\.gz)?$", "");
      data.setRelationName(name);
    } else {
      TextTasks.Task task = TextTasks.Task.byId(source);
      Path file = config.cache.resolve("tasks").resolve(task.id() + ".arff.gz");
      if (!Files.isRegularFile(file)) {
        Files.createDirectories(file.getParent());
        DataSink.write(file.toString(), TextTasks.build(task, config.cache.resolve("npm")));
      }
      data = DataSource.read(file.toString());
      data.setRelationName(task.id());
    }
    data.setClassIndex(data.numAttributes() - 1);
    if (!data.attribute(0).isString() || !data.classAttribute().isNominal() || data.numClasses() != 2) {
      throw new IllegalArgumentException(source + ": expected a string attribute first and a two-class"
          + " nominal class last.");
    }
    return data;
  }

  /** The candidates and the protocol over all seeds, for one task. */
  static TaskResult runTask(Config config, Instances task) throws Exception {
    Representations builder = new Representations(config.cache.resolve("embeddings"));
    TaskResult result = new TaskResult(task);
    long start = System.nanoTime();
    Set<Encoder> needed = new LinkedHashSet<>(config.weakEncoders);
    needed.addAll(config.projected);
    needed.add(config.strong);
    Map<Encoder, Representation> encoded = new EnumMap<>(Encoder.class);
    for (Encoder e : needed) {
      encoded.put(e, builder.embedding(task, e));
    }
    Representation strong = encoded.get(config.strong);
    result.strong = strong;
    List<Representation> weak = result.weak;
    for (Encoder e : config.weakEncoders) {
      weak.add(encoded.get(e));
    }
    Instances bag = builder.characterNgrams(task, 1000);
    Representation pcs = Representations.principalComponents(bag, 64, "char_pca64",
        "character 1-3-gram TF-IDF bag (" + bag.numAttributes() + " n-grams), first 64 principal components");
    for (int k : new int[] {4, 16}) {
      weak.add(pcs.leading(k, "char_pca" + k,
          "character 1-3-gram TF-IDF bag, first " + k + " principal components"));
    }
    weak.add(pcs);
    for (int k : new int[] {64, 256}) {
      weak.add(Representations.randomProjection(bag, k, 1, "char_rp" + k,
          "character 1-3-gram TF-IDF bag, Gaussian random projection to " + k + " dimensions"));
    }
    for (Encoder e : config.projected) {
      Representation source = encoded.get(e);
      for (int k : new int[] {8, 32}) {
        weak.add(Representations.randomProjection(source, k, 1, e.id() + "_rp" + k));
      }
    }
    result.representationSeconds = (System.nanoTime() - start) / 1e9;
    System.err.printf("  %d weak candidates ready in %.0f s%n", weak.size(), result.representationSeconds);

    int[] labels = new int[task.numInstances()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = (int) task.instance(i).classValue();
    }
    long t0 = System.nanoTime();
    TaskExperiment.run(result, labels, config.seeds, config.modes, System.err);
    result.experimentSeconds = (System.nanoTime() - t0) / 1e9;
    System.err.printf("  experiment %.0f s%n", result.experimentSeconds);
    return result;
  }

}
