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
import weka.core.Utils;
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

  @Override
  public void setOptions(String[] options) throws Exception {
    super.setOptions(options);
    checkedNumExamples();
  }

  /** The number of instances to generate, refused below 1 (Weka's generators would write none). */
  protected int checkedNumExamples() {
    if (getNumExamples() < 1) {
      throw new IllegalArgumentException("-n is the number of instances to generate: at least 1, got "
          + getNumExamples() + ".");
    }
    return getNumExamples();
  }

  /** A whole-number option, or the fallback when it is absent. */
  protected static int wholeOption(String[] options, String name, int fallback) throws Exception {
    String v = Utils.getOption(name, options);
    try {
      return v.isEmpty() ? fallback : Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-" + name + " expects a whole number, got '" + v + "'.");
    }
  }

  /** A number option, or the fallback when it is absent. */
  protected static double numberOption(String[] options, String name, double fallback) throws Exception {
    String v = Utils.getOption(name, options);
    try {
      return v.isEmpty() ? fallback : Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-" + name + " expects a number, got '" + v + "'.");
    }
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }
}
