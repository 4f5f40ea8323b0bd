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
import java.io.IOException;
import java.io.OutputStream;
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

import weka.w2s.data.BadInputException;
import weka.w2s.data.DataFiles;
import weka.w2s.options.UsageException;

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
      err.println(prefixed(tool.name(), DataFiles.describe(e)) + " Run with -h for the options.");
      return EXIT_USAGE;
    }
    String output;
    // the tool's output is its return value: what Weka's loaders print on their own (the CSV loader prints
    // a row it cannot parse) would otherwise land in the middle of it, or alone on a failed run's stdout
    PrintStream systemOut = System.out;
    System.setOut(new PrintStream(OutputStream.nullOutputStream()));
    try {
      output = tool.execute(parsed, err);
    } catch (Exception | OutOfMemoryError e) {
      return fail(tool.name(), e, err);
    } finally {
      System.setOut(systemOut);
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
      err.println(prefixed(tool, DataFiles.describe((Exception) e)) + " Run with -h for the options.");
      return EXIT_USAGE;
    }
    if (e instanceof RuntimeException && !(e instanceof IllegalArgumentException)) {
      err.println(tool + ": internal error (" + e + "); please report it with the command line.");
      return EXIT_INTERNAL;
    }
    if (e instanceof Error) {
      throw (Error) e;
    }
    err.println(prefixed(tool, DataFiles.describe((Exception) e)));
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
  public static final String STDOUT_FAILED = "Writing to standard output failed (is the disk full, or the reader gone?).";

  static String prefixed(String tool, String message) {
    String m = message == null ? "failed." : message.trim();
    return m.startsWith(tool + ":") ? m : tool + ": " + m;
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
            + DataFiles.describe(e) + " Check that the directory exists and is writable.");
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
        throw new BadInputException("Cannot write '" + name() + "': " + DataFiles.describe(e));
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
