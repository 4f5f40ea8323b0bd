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

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * A fast reader of the data section of an ARFF file whose attributes are numeric or nominal: Weka
 * has parsed the header; each data line of plain numbers (and declared nominal labels) is split
 * here and its numbers parsed by fastdoubleparser, which rounds exactly as {@code Double.valueOf},
 * Weka's own parser. Any line with something else (quotes, a sparse row or an instance weight in
 * braces, a missing value, a comment, a token that is not a plain decimal number or a declared
 * label, too few values) is handed to Weka's reader, so every instance equals the one Weka's
 * ArffLoader would give, and so does every error; like {@link StrictArffLoader}, it refuses the
 * extra values and NUL bytes Weka would let through. Files with string, date or relational
 * attributes are left to the loader entirely ({@link #open} returns null).
 */
final class DenseArffReader implements Closeable {

  /** System property: false reads every file with Weka's ArffLoader alone. */
  static final String PROPERTY = "w2s.fastArff";

  private final BufferedReader in;
  private final Instances structure;
  private final Attribute[] attributes;
  private final boolean[] numeric;
  private int lineNumber;

  private DenseArffReader(BufferedReader in, Instances structure, int lineNumber) {
    this.in = in;
    this.structure = structure;
    this.lineNumber = lineNumber;
    int m = structure.numAttributes();
    this.attributes = new Attribute[m];
    this.numeric = new boolean[m];
    for (int a = 0; a < m; a++) {
      attributes[a] = structure.attribute(a);
      numeric[a] = attributes[a].isNumeric();
    }
  }

  /**
   * A reader positioned at the first data line of the file, or null if this file is not for it (not
   * .arff or .arff.gz, an attribute that is neither numeric nor nominal, no @data line found, or the
   * system property {@value #PROPERTY} is false).
   *
   * @param structure the header as Weka parsed it
   */
  static DenseArffReader open(String file, Instances structure) throws IOException {
    String name = file.toLowerCase(Locale.ROOT);
    if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))
        || !(name.endsWith(".arff") || name.endsWith(".arff.gz"))) {
      return null;
    }
    for (int a = 0; a < structure.numAttributes(); a++) {
      if (!structure.attribute(a).isNumeric() && !structure.attribute(a).isNominal()) {
        return null;
      }
    }
    Path path = Paths.get(file);
    if (!Files.isRegularFile(path)) {
      return null;
    }
    InputStream stream = Files.newInputStream(path);
    if (name.endsWith(".gz")) {
      stream = new GZIPInputStream(stream, 1 << 16);
    }
    // the charset ArffLoader reads with
    BufferedReader in = new BufferedReader(new InputStreamReader(stream, Charset.defaultCharset()), 1 << 16);
    int line = 0;
    String text;
    while ((text = in.readLine()) != null) {
      line++;
      String t = text.trim();
      if (t.regionMatches(true, 0, "@data", 0, 5) && (t.length() == 5 || t.charAt(5) <= ' ')) {
        if (t.length() > 5 && !t.substring(5).trim().isEmpty()) {
          break; // data on the @data line itself: unusual, leave it to Weka
        }
        return new DenseArffReader(in, new Instances(structure, 0), line);
      }
    }
    in.close();
    return null;
  }

  /** The next instance (its dataset is the header), or null at the end of the file. */
  Instance next() throws IOException {
    String text;
    while ((text = in.readLine()) != null) {
      lineNumber++;
      if (text.indexOf('\0') >= 0) {
        // a crash while writing leaves blocks of NUL bytes, which Weka's tokenizer reads as blanks
        throw StrictArffLoader.nulBytes(lineNumber);
      }
      if (isBlank(text)) {
        continue;
      }
      Instance fast = parse(text);
      if (fast != null) {
        return fast;
      }
      // Weka's incremental reader (not batch) on this one line, numbered as in the file
      Instance weka = StrictArffLoader.readLine(text, structure, lineNumber);
      if (weka != null) {
        return weka;
      }
      // a line Weka reads as nothing (only a comment): go on
    }
    return null;
  }

  /** The instance of a line of plain values, or null if Weka must read it. */
  private Instance parse(String line) throws IOException {
    int m = attributes.length;
    double[] values = new double[m];
    int n = line.length();
    int pos = 0;
    for (int a = 0; a < m; a++) {
      // Weka's tokenizer: any run of whitespace and commas separates values
      while (pos < n && isSeparator(line.charAt(pos))) {
        pos++;
      }
      int start = pos;
      while (pos < n && !isSeparator(line.charAt(pos))) {
        pos++;
      }
      if (start == pos) {
        return null; // too few values
      }
      if (numeric[a]) {
        if (!isPlainNumber(line, start, pos)) {
          return null;
        }
        values[a] = JavaDoubleParser.parseDouble(line, start, pos - start);
      } else {
        String token = line.substring(start, pos);
        int index = isPlainLabel(token) ? attributes[a].indexOfValue(token) : -1;
        if (index < 0) {
          return null;
        }
        values[a] = index;
      }
    }
    while (pos < n && isSeparator(line.charAt(pos))) {
      pos++;
    }
    if (pos < n && (line.charAt(pos) == '{' || line.charAt(pos) == '%')) {
      return null; // an instance weight in braces, or a comment: Weka's reader takes them
    }
    if (pos < n) {
      // Weka's reader would drop the extra values without a word (a stray comma splits a number in two)
      throw StrictArffLoader.extraValues(lineNumber, m, line.substring(pos, Math.min(n, pos + 20)));
    }
    DenseInstance instance = new DenseInstance(1.0, values);
    instance.setDataset(structure);
    return instance;
  }

  private static boolean isSeparator(char c) {
    return c <= ' ' || c == ',';
  }

  private static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (!isSeparator(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?, nothing else. */
  static boolean isPlainNumber(CharSequence s, int from, int to) {
    int i = from;
    if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < to && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (i < to && s.charAt(i) == '.') {
      i++;
      while (i < to && isDigit(s.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < to && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exponent = 0;
      while (i < to && isDigit(s.charAt(i))) {
        i++;
        exponent++;
      }
      if (exponent == 0) {
        return false;
      }
    }
    return i == to;
  }

  /** A label Weka's tokenizer would read as this very word: no quotes, comments, braces or '?'. */
  private static boolean isPlainLabel(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '\'' || c == '"' || c == '%' || c == '{' || c == '}' || c == '?' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
