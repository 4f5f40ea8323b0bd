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

package weka.w2s.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The flat JSON objects of -json (one per line) as key to raw value, and their comparison: numbers
 * (also inside arrays) to a relative tolerance, everything else exactly.
 */
final class JsonLines {

  /** "key": then a string, an array (of numbers or of flat objects) or a scalar. */
  private static final Pattern MEMBER = Pattern.compile(
      "\"([a-z_]+)\":(\"(?:[^\"\\\\]|\\\\.)*\"|\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]|[^,}\\]]+)");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  private JsonLines() {
  }

  static List<Map<String, String>> parse(String out) {
    List<Map<String, String>> objects = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      assertTrue(line.startsWith("{") && line.endsWith("}"), line);
      // top level only: nested objects (top_contributions) stay inside their array's raw value
      Map<String, String> members = new LinkedHashMap<>();
      Matcher m = MEMBER.matcher(line);
      int pos = 1;
      while (m.find(pos)) {
        members.put(m.group(1), m.group(2));
        pos = m.end();
      }
      objects.add(members);
    }
    return objects;
  }

  /** Asserts equal keys (but {@code except}) and values, numbers to {@code tolerance} relative. */
  static void assertSame(String expected, String actual, double tolerance, Set<String> except) {
    List<Map<String, String>> e = parse(expected);
    List<Map<String, String>> a = parse(actual);
    assertEquals(e.size(), a.size(), "number of pairs\n" + expected + "\n" + actual);
    assertTrue(e.size() > 0);
    for (int i = 0; i < e.size(); i++) {
      assertEquals(e.get(i).keySet(), a.get(i).keySet(), "keys of line " + (i + 1));
      for (String key : e.get(i).keySet()) {
        if (!except.contains(key)) {
          assertValues(e.get(i).get(key), a.get(i).get(key), tolerance, "line " + (i + 1) + " " + key);
        }
      }
    }
  }

  private static void assertValues(String expected, String actual, double tolerance, String what) {
    Matcher me = NUMBER.matcher(expected);
    Matcher ma = NUMBER.matcher(actual);
    // the text around the numbers must match exactly (keys, strings, structure)
    assertEquals(NUMBER.matcher(expected).replaceAll("#"), NUMBER.matcher(actual).replaceAll("#"), what);
    while (me.find()) {
      assertTrue(ma.find(), what);
      double x = Double.parseDouble(me.group());
      double y = Double.parseDouble(ma.group());
      double scale = Math.max(Math.abs(x), Math.abs(y));
      assertTrue(Math.abs(x - y) <= tolerance * scale, what + ": " + x + " vs " + y);
    }
  }
}
