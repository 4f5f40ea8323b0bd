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

package weka.w2s.format;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON output of the package's command-line tools: maps (in their iteration order), lists,
 * double arrays, strings, numbers, booleans and null, written compactly on one line. One number
 * rule: a whole number below 1e15 as an integer, any other finite number in plain decimal notation
 * (Weka's own JSON reader, JSONNode, does not accept exponents), NaN and infinity as null (JSON has
 * no such numbers). Strings are ASCII-only (everything else as \\uXXXX), so a line is valid whatever
 * the output stream's charset.
 */
public final class Json {

  private Json() {
  }

  /** The value as one line of JSON. */
  public static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    append(sb, value);
    return sb.toString();
  }

  /** A JSON number by the one rule of this class. */
  public static String number(double v) {
    if (!Double.isFinite(v)) {
      return "null";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }

  private static void append(StringBuilder sb, Object value) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof Map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        sb.append(first ? "" : ",");
        first = false;
        quote(sb, e.getKey().toString());
        sb.append(':');
        append(sb, e.getValue());
      }
      sb.append('}');
    } else if (value instanceof List) {
      sb.append('[');
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        sb.append(i > 0 ? "," : "");
        append(sb, list.get(i));
      }
      sb.append(']');
    } else if (value instanceof double[]) {
      sb.append('[');
      double[] a = (double[]) value;
      for (int i = 0; i < a.length; i++) {
        sb.append(i > 0 ? "," : "").append(number(a[i]));
      }
      sb.append(']');
    } else if (value instanceof Double || value instanceof Float) {
      sb.append(number(((Number) value).doubleValue()));
    } else if (value instanceof Number || value instanceof Boolean) {
      sb.append(value);
    } else {
      quote(sb, value.toString());
    }
  }

  private static void quote(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        case '\b':
          b.append("\\b");
          break;
        case '\f':
          b.append("\\f");
          break;
        default:
          if (c >= 0x20 && c < 0x7f) {
            b.append(c);
          } else {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          }
      }
    }
    b.append('"');
  }
}
