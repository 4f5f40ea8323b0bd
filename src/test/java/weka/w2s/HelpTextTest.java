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

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import weka.classifiers.functions.RidgeProbe;
import weka.classifiers.meta.WeakToStrong;
import weka.core.OptionMetadata;
import weka.datagenerators.classifiers.classification.W2SGConceptMixture;
import weka.datagenerators.classifiers.classification.W2SGLatentFactors;
import weka.filters.unsupervised.attribute.PrincipalKernel;
import weka.w2s.targets.TargetStrategy;

/**
 * The help texts of every component the GUI shows, as Weka's dialogs show them: a property's tip is
 * cut at its first period (PropertySheetPanel), and so is the summary of globalInfo. So the first
 * period must end a sentence that stands alone and fits a 1600-pixel screen (about 200 characters
 * at the dialog's font), and the texts name properties as the dialog shows them, not command-line
 * flags.
 */
class HelpTextTest {

  /** About 8 pixels per character of the tool tip's font: 200 characters fill 1600 pixels. */
  private static final int MAX_FIRST_SENTENCE = 200;
  /** A command-line flag: a dash that starts a word, such as -K or -output-debug-info. */
  private static final Pattern FLAG = Pattern.compile("(?<![\\w\\-'>])-[A-Za-z][\\w-]*");

  static Stream<Object> components() {
    List<Object> all = new ArrayList<>(List.of(new PrincipalKernel(), new RidgeProbe(), new WeakToStrong()));
    for (String name : TargetStrategy.NAMES) {
      all.add(TargetStrategy.forName(name));
    }
    all.add(new W2SGLatentFactors());
    all.add(new W2SGConceptMixture());
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("components")
  void tipsAndGlobalInfoStartWithOneSentenceThatFits(Object component) throws Exception {
    String name = component.getClass().getSimpleName();
    problems.clear();
    String info = (String) component.getClass().getMethod("globalInfo").invoke(component);
    checkFirstSentence(name + " globalInfo", info);
    checkNoFlags(name + " globalInfo", info);
    for (PropertyDescriptor p : Introspector.getBeanInfo(component.getClass()).getPropertyDescriptors()) {
      if (p.getReadMethod() == null || p.getWriteMethod() == null || p.isHidden()
          || !ours(p.getReadMethod().getDeclaringClass())) {
        continue; // Weka's own properties (debug, batch size, ...) have Weka's own tips
      }
      String tip = tip(component, p);
      if (tip == null) {
        continue;
      }
      checkFirstSentence(name + "." + p.getName(), tip);
      checkNoFlags(name + "." + p.getName(), tip);
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private final List<String> problems = new ArrayList<>();

  private void check(boolean ok, String problem) {
    if (!ok) {
      problems.add(problem);
    }
  }

  private static boolean ours(Class<?> c) {
    return c.getProtectionDomain().getCodeSource().getLocation()
        .equals(PrincipalKernel.class.getProtectionDomain().getCodeSource().getLocation());
  }

  /** The tip as Weka finds it: a xxxTipText method, else the OptionMetadata description. */
  private static String tip(Object component, PropertyDescriptor p) throws Exception {
    try {
      Method m = component.getClass().getMethod(p.getName() + "TipText");
      return (String) m.invoke(component);
    } catch (NoSuchMethodException e) {
      OptionMetadata meta = p.getReadMethod().getAnnotation(OptionMetadata.class);
      return meta == null ? null : meta.description();
    }
  }

  private void checkFirstSentence(String where, String text) {
    int period = text.indexOf('.');
    if (period < 0) {
      problems.add(where + ": no sentence: " + text);
      return;
    }
    check(period + 1 == text.length() || Character.isWhitespace(text.charAt(period + 1)),
        where + ": Weka cuts the tip at '" + text.substring(0, period + 1) + "'");
    check(period <= MAX_FIRST_SENTENCE, where + ": the first sentence has " + period
        + " characters, wider than a 1600-pixel screen: " + text.substring(0, period + 1));
  }

  private void checkNoFlags(String where, String text) {
    Matcher m = FLAG.matcher(text);
    if (m.find()) {
      problems.add(where + ": names the command-line flag '" + m.group() + "' instead of the property: " + text);
    }
    check(!text.contains("stderr"), where + ": speaks of stderr: " + text);
  }
}
