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

package weka.w2s.data;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.AbstractFileLoader;
import weka.core.converters.ArffLoader;
import weka.core.converters.ConverterUtils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.core.converters.Loader;

/**
 * Reading data files through Weka's loaders, strictly: a damaged file is an error naming its line
 * (never the rows before the damage read as the data), and every loader's error becomes one
 * message in the package's words.
 */
public final class DataFiles {

  private DataFiles() {
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
   * The whole data set of a file, read strictly ({@link StrictArffLoader} for ARFF); a loader's error
   * becomes the message.
   */
  public static Instances readAll(String file, String option) throws BadInputException {
    return read(loader(file, option), file);
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
    // EJML's words for an array Java cannot allocate
    if (message.startsWith("Matrix size exceeds the size of an integer")) {
      return "A matrix of more than 2,147,483,647 entries would be needed (Java arrays hold no more): the"
          + " representations have too many attributes, or too many rows are held at once. Select fewer"
          + " attributes, or run the analysis on Spark (the spark module).";
    }
    // the CSV loader's words for a row with more values than the header
    message = message.replaceAll("^Index (\\d+) out of bounds for length \\1 ",
        "a row has more values than the header's $1 columns. ");
    return message.endsWith(".") || message.endsWith("!") ? message : message + ".";
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

  /** An ARFF data set from standard input, read as strictly as a file. */
  public static Instances readStandardInput() throws BadInputException {
    ArffLoader loader = new StrictArffLoader();
    try {
      loader.setSource(System.in);
    } catch (Exception e) {
      throw new BadInputException("Cannot read standard input: " + describe(e));
    }
    return read(loader, "standard input");
  }
}
