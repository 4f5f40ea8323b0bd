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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import weka.classifiers.meta.WeakToStrong;

/** The classifiers' command line: one message and exit code 2 for a wrong option, 1 for bad data, never a trace. */
class ClassifierMainTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "-mode bogus; Unknown strategy 'bogus'",
    "-weak-fraction abc; -weak-fraction needs a number, got 'abc'",
    "-weak-fraction 1.5; strictly between 0 and 1",
    "-targets \"weka.w2s.targets.Refine -k 0\"; at least 1",
    "-targets \"weka.w2s.targets.Confidence -weight 2\"; [0, 1]",
    "-S x; -S needs a whole number",
    "-bogus 3; Illegal options: -bogus 3"})
  void aWrongOptionExitsWithOneMessage(String options, String phrase) throws Exception {
    String[] args = weka.core.Utils.splitOptions("-t test-data/w2sg-latent.arff.gz -no-cv " + options);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ClassifierMain.run(new WeakToStrong(), args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, code, message);
    assertTrue(message.contains(phrase), message);
    assertFalse(message.contains("\tat "), "no stack trace: " + message);
    assertFalse(message.contains("General options"), "no option listing: " + message);
    assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing trained, nothing printed");
  }

  @org.junit.jupiter.api.Test
  void dataItCannotLearnFromExitsWithOne() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("one-class", ".arff");
    java.nio.file.Files.writeString(file, "@relation r\n@attribute x numeric\n@attribute c {a,b}\n@data\n1,a\n2,a\n3,a\n4,a\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ClassifierMain.run(new WeakToStrong(), new String[] {"-t", file.toString(), "-no-cv"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    java.nio.file.Files.delete(file);
    assertEquals(1, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("same class"), err.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource({"-h"})
  void helpExitsWithZero(String option) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = ClassifierMain.run(new WeakToStrong(), new String[] {option},
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertEquals(0, code);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("-targets <strategy specification>"));
  }
}
