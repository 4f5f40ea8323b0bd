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

package weka.w2s;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.AbstractFileLoader;
import weka.core.converters.ArffLoader;
import weka.core.converters.ConverterUtils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.core.converters.Loader;
import weka.w2s.core.PrincipalRule;
import weka.w2s.core.PrincipalSettings;

/**
 * What the package's command-line tools share: the exit codes, the two kinds of failure, reading a
 * data file through Weka's loaders so that a loader's error reaches the user as one message (Weka's
 * DataSource prints such errors and carries on with the rows read so far), and writing an output
 * file that replaces its target only once complete.
 */
public final class CommandLine {

  public static final int EXIT_OK = 0;
  /** The command line is well formed but does not fit the data, or the data are unusable. */
  public static final int EXIT_BAD_INPUT = 1;
  /** The command line itself is wrong. */
  public static final int EXIT_USAGE = 2;
  /** A bug: should never happen. */
  public static final int EXIT_INTERNAL = 3;

  private CommandLine() {
  }

  /** What to say when the Java heap is exhausted: the one remedy, instead of a raw OutOfMemoryError. */
  public static String outOfMemory(String tool) {
    return tool + ": ran out of memory (the Java heap holds " + (Runtime.getRuntime().maxMemory() >> 20)
        + " MB). Give Java more with -Xmx, e.g. java -Xmx8g ..., or select fewer or smaller representations.";
  }

  /**
   * A command-line tool: its usage text, its option parser and its work. {@link #run} gives every
   * tool the same skeleton: -h, one message per failure, the exit codes, output only on success.
   *
   * @param <O> the parsed options
   */
  public interface Tool<O> {
    /** The name that starts each message. */
    String name();

    /** The option listing printed by -h (and, on stderr, for an empty command line). */
    String usage();

    /** Parses and checks the options; the array may be modified. */
    O parse(String[] args) throws Exception;

    /** Does the work; returns the whole standard output (written only once the work succeeded). */
    String execute(O options, PrintStream err) throws Exception;
  }

  /**
   * Runs a tool.
   *
   * @return 0 success (or -h), 1 data that do not fit, 2 a wrong command line, 3 an internal error;
   *         every failure prints one message on err and nothing on out
   */
  public static <O> int run(Tool<O> tool, String[] args, PrintStream out, PrintStream err) {
    String[] options = args.clone(); // Weka's Utils blanks the options it consumes
    O parsed;
    try {
      if (options.length == 0) {
        err.print(tool.usage());
        return EXIT_USAGE;
      }
      if (weka.core.Utils.getFlag('h', options) || weka.core.Utils.getFlag("help", options)) {
        out.print(tool.usage());
        out.flush();
        return EXIT_OK;
      }
      parsed = tool.parse(options);
    } catch (Exception e) { // UsageException, a value out of its range, or Utils: an option without its value
      err.println(prefixed(tool.name(), describe(e)) + " Run with -h for the options.");
      return EXIT_USAGE;
    }
    String output;
    try {
      output = tool.execute(parsed, err);
    } catch (Exception | OutOfMemoryError e) {
      return fail(tool.name(), e, err);
    }
    out.print(output);
    out.flush();
    if (out.checkError()) {
      err.println(prefixed(tool.name(), STDOUT_FAILED));
      return EXIT_BAD_INPUT;
    }
    return EXIT_OK;
  }

  /**
   * The one message and exit code of a failed run: a data problem (BadInputException, a checked
   * exception or IllegalArgumentException) exits 1, running out of memory 1 with the remedy, any
   * other RuntimeException is a bug (3).
   */
  public static int fail(String tool, Throwable e, PrintStream err) {
    if (e instanceof OutOfMemoryError) {
      err.println(outOfMemory(tool));
      return EXIT_BAD_INPUT;
    }
    if (e instanceof UsageException) {
      err.println(prefixed(tool, describe((Exception) e)) + " Run with -h for the options.");
      return EXIT_USAGE;
    }
    if (e instanceof RuntimeException && !(e instanceof IllegalArgumentException)) {
      err.println(tool + ": internal error (" + e + "); please report it with the command line.");
      return EXIT_INTERNAL;
    }
    if (e instanceof Error) {
      throw (Error) e;
    }
    err.println(prefixed(tool, describe((Exception) e)));
    return EXIT_BAD_INPUT;
  }

  /** Kept referenced: a logger's level is lost when the logger is collected. */
  private static final Logger NETLIB = Logger.getLogger("com.github.fommil.netlib");

  /**
   * Silences the two warnings Weka's netlib-java logs at start-up where native ARPACK is absent
   * ("Failed to load implementation from ... NativeSystemARPACK"): nothing in this package uses
   * ARPACK, and a user reading "failed" above a result would take it for this tool's error. Called
   * first by every main of the package.
   */
  public static void quietWekaStartup() {
    NETLIB.setLevel(Level.SEVERE);
  }

  /** For {@code weka.Run}: returns on success, ends the JVM with the exit code otherwise. */
  public static void exitOnFailure(int code) {
    System.out.flush();
    if (code != EXIT_OK) {
      // weka.Run would print a stack trace for an exception and exit 0 on return
      System.exit(code);
    }
  }

  /** The message once prefixed with the tool's name. */
  /** The one message for a failed write to standard output. */
  static final String STDOUT_FAILED = "Writing to standard output failed (is the disk full, or the reader gone?).";

  static String prefixed(String tool, String message) {
    String m = message == null ? "failed." : message.trim();
    return m.startsWith(tool + ":") ? m : tool + ": " + m;
  }

  /**
   * A class index in Weka's first/last/1-based syntax, checked against the header.
   *
   * @param option the option that gave it, for the message (e.g. "-c")
   */
  public static int classIndex(Instances header, String spec, String option) throws BadInputException {
    try {
      weka.core.SingleIndex index = new weka.core.SingleIndex(spec);
      index.setUpper(header.numAttributes() - 1);
      return index.getIndex();
    } catch (IllegalArgumentException e) {
      throw new BadInputException("The class index '" + option + " " + spec + "' is not valid for data with "
          + header.numAttributes() + " attributes; use first, last or a number from 1 to "
          + header.numAttributes() + ".");
    }
  }

  /** A whole-number option value. */
  public static int integer(String option, String value) throws UsageException {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(option + " expects a whole number, got '" + value + "'.");
    }
  }

  /** A finite number as an option value. */
  public static double number(String option, String value) throws UsageException {
    double d;
    try {
      d = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(option + " expects a number, got '" + value + "'.");
    }
    if (!Double.isFinite(d)) {
      throw new UsageException(option + " expects a finite number, got '" + value + "'.");
    }
    return d;
  }

  /** Every value of a repeatable option, in order; an empty value is an error, not the end. */
  public static java.util.List<String> repeated(String name, String[] args) throws Exception {
    java.util.List<String> values = new java.util.ArrayList<>();
    while (weka.core.Utils.getOptionPos(name, args) >= 0) {
      String value = weka.core.Utils.getOption(name, args);
      if (value.trim().isEmpty()) {
        throw new UsageException("-" + name + " was given an empty range; give attribute indices such as"
            + " 1-24 or name:REGEX.");
      }
      values.add(value.trim());
    }
    return values;
  }

  /** The usage lines of the principal options that {@link #principalSettings} reads. */
  public static final String PRINCIPAL_OPTIONS = String.join("\n",
      "  -k <k>                  fixed principal dimension (clamped to each representation's rank)",
      "  -variance <rho>         smallest k whose eigenvalues reach this variance fraction,",
      "                          0 < rho <= 1 (default 0.9)",
      "  -auto                   automatic k (Gavish-Donoho threshold)",
      "  -ridge <beta>           ridge beta of the heads, 0 <= beta <= 1e100 (default 0)",
      "  -hard                   hard principal projections (shrinkage factors 1)");

  /**
   * The principal settings of a command line: one rule for k (-k, -variance or -auto), -ridge and
   * -hard; their values are checked by {@link PrincipalSettings}, the one place for it.
   */
  public static PrincipalSettings principalSettings(String[] args) throws Exception {
    String k = weka.core.Utils.getOption('k', args);
    String rho = weka.core.Utils.getOption("variance", args);
    boolean auto = weka.core.Utils.getFlag("auto", args);
    String ridge = weka.core.Utils.getOption("ridge", args);
    boolean hard = weka.core.Utils.getFlag("hard", args);
    int rules = (k.isEmpty() ? 0 : 1) + (rho.isEmpty() ? 0 : 1) + (auto ? 1 : 0);
    if (rules > 1) {
      throw new UsageException("Choose one rule for k: -k, -variance or -auto.");
    }
    try {
      PrincipalSettings settings = PrincipalSettings.of(0,
          rho.isEmpty() ? PrincipalSettings.DEFAULT_VARIANCE : number("-variance", rho), auto,
          ridge.isEmpty() ? 0 : number("-ridge", ridge), hard);
      if (!k.isEmpty()) { // on the command line -k always fixes k (no 0 for "choose")
        settings = settings.withRule(PrincipalRule.fixed(integer("-k", k)));
      }
      return settings;
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Refuses what the parser left over: an unknown option or an extra argument. */
  public static void noneLeft(String[] args) throws UsageException {
    StringBuilder rest = new StringBuilder();
    for (String a : args) {
      if (a != null && !a.isEmpty()) {
        rest.append(' ').append(a);
      }
    }
    if (rest.length() > 0) {
      throw new UsageException("Unknown option or extra argument:" + rest + ".");
    }
  }

  /** The command line is wrong (exit code 2). */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }

  /** The data, or the command line's fit to them, is wrong (exit code 1). */
  public static final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
      super(message);
    }
  }

  /**
   * Weka's loader for a data file (ArffLoader for .arff and .arff.gz, else the loader Weka associates
   * with the file's extension), pointed at the file; nothing is read yet.
   *
   * @param option the option that named the file, for the message (e.g. "-i")
   */
  public static Loader loader(String file, String option) throws BadInputException {
    Path path = Paths.get(file);
    if (!Files.exists(path)) {
      throw new BadInputException("The data file '" + file + "' does not exist; check the path given with "
          + option + ".");
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new BadInputException("The data file '" + file + "' is not a readable file; check the path and"
          + " its permissions.");
    }
    AbstractFileLoader loader = DataSource.isArff(file) ? new StrictArffLoader()
        : ConverterUtils.getLoaderForFile(file);
    if (loader == null) {
      throw new BadInputException("Weka has no loader for '" + file + "'; give a file type Weka reads, such as"
          + " .arff, .arff.gz or .csv.");
    }
    try {
      if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".gz") && !file.endsWith(".gz")) {
        // Weka recognises compression by the lower-case ".gz" alone and would read ".GZ" as text
        loader.setSource(new java.util.zip.GZIPInputStream(Files.newInputStream(path), 1 << 16));
      } else {
        loader.setSource(new File(file));
      }
    } catch (IOException | RuntimeException e) {
      throw new BadInputException("Cannot read '" + file + "': " + describe(e));
    }
    return loader;
  }

  /**
   * A data source over the file for streaming: an incremental loader is wrapped as it is (read its
   * rows with {@code getLoader().getNextInstance}, which throws instead of stopping quietly); a batch
   * loader's whole data set is read here, strictly.
   */
  public static DataSource source(String file, String option) throws BadInputException {
    Loader loader = loader(file, option);
    if (loader instanceof weka.core.converters.IncrementalConverter) {
      return new DataSource(loader);
    }
    return new DataSource(read(loader, file));
  }

  /**
   * The whole data set of a file; a loader's error becomes the message. A dense ARFF file of numeric
   * and nominal attributes is read by the package's fast reader, any other file by Weka's loader.
   */
  public static Instances readAll(String file, String option) throws BadInputException {
    Loader loader = loader(file, option);
    if (loader instanceof StrictArffLoader) {
      Instances fast = readFast((StrictArffLoader) loader, file);
      if (fast != null) {
        return fast;
      }
      loader = loader(file, option); // the header was read from this one: start again
    }
    return read(loader, file);
  }

  /** The data through {@link DenseArffReader}, or null when the file is not for it. */
  private static Instances readFast(StrictArffLoader loader, String file) throws BadInputException {
    Instances structure;
    try {
      structure = loader.getStructure();
      loader.closeSource();
    } catch (IOException | RuntimeException e) {
      throw unreadableHeader(file, e);
    }
    try (DenseArffReader reader = DenseArffReader.open(file, structure)) {
      if (reader == null) {
        return null;
      }
      Instances data = new Instances(structure, 1024);
      Instance instance;
      while ((instance = reader.next()) != null) {
        data.add(instance);
      }
      data.compactify();
      return data;
    } catch (IOException | RuntimeException e) {
      throw unreadable(file, e);
    }
  }

  /** The whole data set from a loader already pointed at its source (for example stdin). */
  public static Instances read(Loader loader, String name) throws BadInputException {
    Instances data;
    try {
      data = loader.getDataSet();
    } catch (Exception e) {
      throw unreadable(name, e);
    }
    if (data == null) {
      throw new BadInputException("Cannot read '" + name + "': the loader returned no data.");
    }
    return data;
  }

  /** A reader's error as the user's message, with what to do unless the package's reader said it. */
  static BadInputException unreadable(String name, Exception e) {
    return new BadInputException("Cannot read '" + name + "': " + describe(e)
        + (e instanceof StrictArffLoader.DamagedFileException ? "" : " The file is damaged, truncated or not in the"
            + " format its name says; repair or regenerate it."));
  }

  /**
   * A loader's error on a file's header as the user's message. Only an ARFF file has a header apart
   * from its data: other loaders (CSV) read everything at once, so their error is the file's.
   */
  static BadInputException unreadableHeader(String name, Exception e) {
    if (!DataSource.isArff(name)) {
      return unreadable(name, e);
    }
    return new BadInputException("Cannot read the header of '" + name + "': " + describe(e)
        + (e instanceof StrictArffLoader.DamagedFileException ? "" : " Repair the header, or regenerate the file."));
  }

  /**
   * Refuses infinite values (a number beyond about 1.8e308 in a file reads as infinity), which no
   * learner or analysis of the package can use.
   */
  public static void requireFinite(Instances data, String name) throws BadInputException {
    boolean[] numeric = new boolean[data.numAttributes()];
    for (int a = 0; a < numeric.length; a++) {
      numeric[a] = data.attribute(a).isNumeric();
    }
    // row by row: each instance's values lie together in memory
    for (int i = 0; i < data.numInstances(); i++) {
      weka.core.Instance inst = data.instance(i);
      for (int s = 0; s < inst.numValues(); s++) {
        int a = inst.index(s);
        double v = inst.valueSparse(s);
        if (numeric[a] && Double.isInfinite(v)) {
          throw new BadInputException("Attribute '" + data.attribute(a).name() + "' has the value " + v + " in row "
              + (i + 1) + " of '" + name + "'; the data must be finite numbers (a number beyond about 1.8e308 reads"
              + " as infinity). Replace or remove that value.");
        }
      }
    }
  }

  /** An exception's message as a sentence, without the Java class names Weka's loaders nest into it. */
  public static String describe(Exception e) {
    String message = e.getMessage();
    if (message == null || message.trim().isEmpty()) {
      return e.getClass().getSimpleName() + ".";
    }
    // Weka's loaders nest causes as text ("(Reason: java.io.IOException: ...)"): keep the words only
    message = message.trim().replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ", "");
    // the CSV loader's words for a row with more values than the header
    message = message.replaceAll("^Index (\\d+) out of bounds for length \\1 ",
        "a row has more values than the header's $1 columns. ");
    return message.endsWith(".") || message.endsWith("!") ? message : message + ".";
  }

  /**
   * Text output that appears only when complete: written to a temporary file beside the target (or,
   * for standard output, in the temporary directory) and, on {@link #commit}, moved over the target
   * or copied to standard output. Closing without committing deletes the temporary file, so that a
   * failure leaves an existing target byte for byte as it was.
   */
  public static final class AtomicOutput implements Closeable {
    private final Path target;
    private final Path temporary;
    private final PrintWriter writer;
    private boolean done;

    /** @param file the target file, or null or empty for standard output */
    public static AtomicOutput to(String file) throws BadInputException {
      return new AtomicOutput(file == null || file.isEmpty() ? null : Paths.get(file));
    }

    private AtomicOutput(Path target) throws BadInputException {
      this.target = target == null ? null : target.toAbsolutePath();
      try {
        Path directory = this.target == null ? Paths.get(System.getProperty("java.io.tmpdir"))
            : this.target.getParent();
        temporary = create(directory, this.target == null ? "stdout" : this.target.getFileName().toString());
        // the platform's default encoding, as Weka's own filter command line writes
        writer = new PrintWriter(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary))));
      } catch (IOException e) {
        throw new BadInputException("Cannot write '" + (target == null ? "a temporary file" : target) + "': "
            + describe(e) + " Check that the directory exists and is writable.");
      }
    }

    /**
     * A new temporary file for the target {@code name} in the directory, with the default permissions
     * (createTempFile would make it private). Its name holds this process's id, so that the
     * temporaries of killed runs for the same target can be recognised and are removed here.
     */
    static Path create(Path directory, String name) throws IOException {
      removeStale(directory, name);
      String prefix = "." + name + "." + ProcessHandle.current().pid() + "-";
      while (true) {
        Path p = directory.resolve(prefix + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
          return Files.createFile(p);
        } catch (FileAlreadyExistsException e) {
          // try another name
        }
      }
    }

    /** Deletes the temporaries for this target left by processes that are no longer running. */
    private static void removeStale(Path directory, String name) {
      Pattern ours = Pattern.compile(Pattern.quote("." + name + ".") + "(\\d+)-[0-9a-f]+\\.tmp");
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
          p -> ours.matcher(p.getFileName().toString()).matches())) {
        for (Path p : entries) {
          Matcher m = ours.matcher(p.getFileName().toString());
          if (m.matches() && !running(Long.parseLong(m.group(1)))) {
            Files.deleteIfExists(p);
          }
        }
      } catch (IOException | RuntimeException e) {
        // cleaning up is a courtesy; the write itself reports real problems
      }
    }

    private static boolean running(long pid) {
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    public PrintWriter writer() {
      return writer;
    }

    /** Moves the complete output into place, or copies it to {@code stdout}. */
    public void commit(PrintStream stdout) throws BadInputException {
      writer.close();
      if (writer.checkError()) {
        throw new BadInputException("Writing '" + name() + "' failed (is the disk full?); nothing was replaced.");
      }
      try {
        if (target == null) {
          Files.copy(temporary, stdout);
          stdout.flush();
          Files.delete(temporary);
          if (stdout.checkError()) {
            throw new BadInputException(STDOUT_FAILED);
          }
        } else {
          keepPermissions();
          moveIntoPlace(temporary, target);
        }
        done = true;
      } catch (IOException e) {
        throw new BadInputException("Cannot write '" + name() + "': " + describe(e));
      }
    }

    /** Replaces the target by the complete temporary file, atomically where the file system can. */
    static void moveIntoPlace(Path temporary, Path target) throws IOException {
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }

    /** A replaced file keeps its permissions. */
    private void keepPermissions() {
      try {
        if (Files.exists(target)) {
          PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
          if (view != null) {
            Files.setPosixFilePermissions(temporary, view.readAttributes().permissions());
          }
        }
      } catch (IOException | UnsupportedOperationException e) {
        // the defaults, then
      }
    }

    private String name() {
      return target == null ? "standard output" : target.toString();
    }

    @Override
    public void close() {
      writer.close();
      if (!done) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // nothing more to do
        }
      }
    }
  }
}
