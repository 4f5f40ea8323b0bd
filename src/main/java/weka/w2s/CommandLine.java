package weka.w2s;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

import weka.core.Instances;
import weka.core.converters.AbstractFileLoader;
import weka.core.converters.ArffLoader;
import weka.core.converters.ConverterUtils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.core.converters.Loader;

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
    AbstractFileLoader loader = DataSource.isArff(file) ? new ArffLoader()
        : ConverterUtils.getLoaderForFile(file);
    if (loader == null) {
      throw new BadInputException("Weka has no loader for '" + file + "'; give a file type Weka reads, such as"
          + " .arff, .arff.gz or .csv.");
    }
    try {
      loader.setSource(new File(file));
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

  /** The whole data set of a file; a loader's error becomes the message. */
  public static Instances readAll(String file, String option) throws BadInputException {
    return read(loader(file, option), file);
  }

  /** The whole data set from a loader already pointed at its source (for example stdin). */
  public static Instances read(Loader loader, String name) throws BadInputException {
    Instances data;
    try {
      data = loader.getDataSet();
    } catch (Exception e) {
      throw new BadInputException("Cannot read '" + name + "': " + describe(e) + " The file is damaged, truncated"
          + " or not in the format its name says; repair or regenerate it.");
    }
    if (data == null) {
      throw new BadInputException("Cannot read '" + name + "': the loader returned no data.");
    }
    return data;
  }

  /** An exception's message as a sentence, without the Java class names Weka's loaders nest into it. */
  public static String describe(Exception e) {
    String message = e.getMessage();
    if (message == null || message.trim().isEmpty()) {
      return e.getClass().getSimpleName() + ".";
    }
    // Weka's loaders nest causes as text ("(Reason: java.io.IOException: ...)"): keep the words only
    message = message.trim().replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ", "");
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

    /** A new file with the default permissions (createTempFile would make it private). */
    private static Path create(Path directory, String name) throws IOException {
      while (true) {
        Path p = directory.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
            + ".tmp");
        try {
          return Files.createFile(p);
        } catch (FileAlreadyExistsException e) {
          // try another name
        }
      }
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
        } else {
          keepPermissions();
          try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
        done = true;
      } catch (IOException e) {
        throw new BadInputException("Cannot write '" + name() + "': " + describe(e));
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
