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

import java.io.Closeable;
import java.io.IOException;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;

/**
 * The instances of a data file, or of data in memory, one at a time and strictly: a dense ARFF
 * file's rows through the package's fast reader, any other file through Weka's incremental loader
 * (never DataSource's element loop, which prints a parse error and stops as if the data had ended).
 * Memory stays that of one instance, whatever the file's size.
 */
public final class InstanceStream implements Closeable {

  private final String name;
  private final Instances structure;
  private final DataSource source;
  private final boolean file;
  private DenseArffReader fast;
  private boolean started;

  private InstanceStream(String name, Instances structure, DataSource source, boolean file) {
    this.name = name;
    this.structure = structure;
    this.source = source;
    this.file = file;
  }

  /**
   * A stream over a file; its header is read here.
   *
   * @param option the option that named the file, for messages (e.g. "-i")
   */
  public static InstanceStream open(String file, String option) throws BadInputException {
    DataSource source = DataFiles.source(file, option);
    Instances structure;
    try {
      structure = new Instances(source.getStructure(), 0);
    } catch (Exception e) {
      throw DataFiles.unreadableHeader(file, e);
    }
    return new InstanceStream(file, structure, source, true);
  }

  /** A stream over data in memory (the Explorer's, a flow's); {@code name} is for messages. */
  public static InstanceStream of(Instances data, String name) {
    return new InstanceStream(name, new Instances(data, 0), new DataSource(data), false);
  }

  /**
   * The header. Set its class index before the first {@link #next}: the instances are read against
   * it as it is then.
   */
  public Instances structure() {
    return structure;
  }

  /** The file's name, or the name given to data in memory. */
  public String name() {
    return name;
  }

  /** The next instance, or null at the end. */
  public Instance next() throws BadInputException {
    try {
      if (!started) {
        started = true;
        fast = file ? DenseArffReader.open(name, structure) : null;
      }
      if (fast != null) {
        return fast.next();
      }
      if (source.isIncremental()) {
        return source.getLoader().getNextInstance(structure);
      }
      return source.hasMoreElements(structure) ? source.nextElement(structure) : null;
    } catch (IOException | RuntimeException e) {
      close();
      throw DataFiles.unreadable(name, e);
    }
  }

  @Override
  public void close() {
    if (fast != null) {
      try {
        fast.close();
      } catch (IOException e) {
        // reading is over; nothing to report
      }
    }
  }
}
