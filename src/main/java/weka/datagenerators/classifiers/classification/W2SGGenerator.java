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

package weka.datagenerators.classifiers.classification;

import weka.core.RevisionUtils;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Vector;

import weka.core.Option;
import weka.core.Utils;
import weka.w2s.options.StrictOptions;
import weka.datagenerators.ClassificationGenerator;

/**
 * What the package's data generators share: 1000 instances and seed 1 by default, examples drawn
 * one at a time (Weka's makeData then writes the header), and strict parsing of their options.
 */
public abstract class W2SGGenerator extends ClassificationGenerator {

  private static final long serialVersionUID = 4717336160358937612L;

  protected W2SGGenerator() {
    super();
    setNumExamples(defaultNumExamples());
  }

  @Override
  protected int defaultNumExamples() {
    return 1000;
  }

  @Override
  protected int defaultSeed() {
    return 1;
  }

  @Override
  public boolean getSingleModeFlag() {
    return true;
  }

  @Override
  public String generateStart() {
    return "";
  }

  @Override
  public String generateFinished() {
    return "";
  }

  /** Weka's generator options (-n, -S, -r, ...) and the annotated properties of the subclass. */
  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> result = enumToVector(super.listOptions());
    result.addAll(Option.listOptionsForClassHierarchy(getClass(), W2SGGenerator.class));
    return result.elements();
  }

  /**
   * Weka's generator options, then the subclass's annotated properties through StrictOptions (a value
   * it cannot convert is one message naming the option); options not given take their defaults, and
   * every value is checked here, not when generating.
   */
  @Override
  public void setOptions(String[] options) throws Exception {
    super.setOptions(options);
    resetOptions();
    StrictOptions.set(options, this, W2SGGenerator.class);
    Utils.checkForRemainingOptions(options);
    checkedNumExamples();
    validateOptions();
  }

  @Override
  public String[] getOptions() {
    List<String> result = new ArrayList<>(Arrays.asList(super.getOptions()));
    result.addAll(Arrays.asList(Option.getOptionsForHierarchy(this, W2SGGenerator.class)));
    return result.toArray(new String[0]);
  }

  /** Sets every property of the subclass to its default. */
  protected abstract void resetOptions();

  /** Refuses a value out of its range (or a combination that does not fit), with one message. */
  protected abstract void validateOptions();

  /** The number of instances to generate, refused below 1 (Weka's generators would write none). */
  protected int checkedNumExamples() {
    if (getNumExamples() < 1) {
      throw new IllegalArgumentException("-n is the number of instances to generate: at least 1, got "
          + getNumExamples() + ".");
    }
    return getNumExamples();
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }
}
