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

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StreamTokenizer;
import java.io.StringReader;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ArffLoader;

/**
 * Weka's ArffLoader, refusing the two kinds of damage Weka's reader lets through as data: a row
 * with more values than the header has attributes (Weka keeps the first ones and drops the rest
 * without a word, so a stray comma inside a number shifts a value into the class) and NUL bytes
 * (left by a crash while the file was written; Weka's tokenizer reads them as blanks). Everything
 * else, values and errors alike, is Weka's.
 */
final class StrictArffLoader extends ArffLoader {

  private static final long serialVersionUID = 1L;

  @Override
  public Instances getStructure() throws IOException {
    // as ArffLoader.getStructure, with the strict reader over a NUL-refusing source
    if (m_structure == null && m_sourceReader != null) {
      try {
        m_sourceReader = new NulRefusingReader(m_sourceReader);
        m_ArffReader = new StrictReader(m_sourceReader, getRetrieval() == BATCH);
        m_ArffReader.setRetainStringValues(getRetainStringVals());
        m_structure = m_ArffReader.getStructure();
      } catch (DamagedFileException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        throw new IOException("Unable to determine structure as arff (Reason: " + e + ").", e);
      }
    }
    return super.getStructure();
  }

  /**
   * The instance on one data line of a file, read as Weka reads it but strictly.
   *
   * @param lineNumber the line's number in its file, for messages
   * @return the instance, or null if the line holds only a comment
   */
  static Instance readLine(String line, Instances structure, int lineNumber) throws IOException {
    return new StrictReader(new StringReader(line + "\n"), structure, lineNumber).readInstance(structure);
  }

  /** Damage found by the package's readers; the message says what to repair. */
  static final class DamagedFileException extends IOException {
    private static final long serialVersionUID = 1L;

    DamagedFileException(String message) {
      super(message);
    }
  }

  /** The error for a line with NUL bytes, the same from every reader of the package. */
  static DamagedFileException nulBytes(long lineNumber) {
    return new DamagedFileException("line " + lineNumber + " contains NUL bytes: the file is damaged (cut by a crash while it was"
        + " written?); repair or regenerate it.");
  }

  /** The error for a row with values beyond the header's attributes. */
  static DamagedFileException extraValues(long lineNumber, int attributes, String from) {
    return new DamagedFileException("line " + lineNumber + " has more values than the header's " + attributes + " attributes (from '"
        + from + "' on); a stray comma, or a row of another file? Repair the row.");
  }

  /** Weka's reader, except that something other than an instance weight after the last value is an error. */
  private static final class StrictReader extends ArffReader {

    StrictReader(Reader reader, boolean batch) throws IOException {
      super(reader, 1, batch);
    }

    StrictReader(Reader reader, Instances template, int lines) throws IOException {
      super(reader, template, lines, 1);
    }

    @Override
    protected double getInstanceWeight() throws IOException {
      double weight = super.getInstanceWeight();
      int type = m_Tokenizer.ttype;
      if (Double.isNaN(weight) && type != StreamTokenizer.TT_EOL && type != StreamTokenizer.TT_EOF) {
        String token = type == StreamTokenizer.TT_WORD ? m_Tokenizer.sval
            : type == StreamTokenizer.TT_NUMBER ? Double.toString(m_Tokenizer.nval) : String.valueOf((char) type);
        throw extraValues(getLineNo(), m_Data.numAttributes(), token);
      }
      return weight;
    }
  }

  /** A reader that fails on a NUL character, naming its line. */
  private static final class NulRefusingReader extends FilterReader {
    private long line = 1;

    NulRefusingReader(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      check(c);
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      for (int i = offset; i < offset + n; i++) {
        check(buffer[i]);
      }
      return n;
    }

    private void check(int c) throws IOException {
      if (c == '\n') {
        line++;
      } else if (c == 0) {
        throw nulBytes(line);
      }
    }
  }
}
