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

import java.util.Random;

import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.w2s.sim.LatentFactorModel;

/**
 * Data that follow the assumptions of the principal-kernel theory of weak-to-strong generalization:
 * several weak representations and one strong one, each a few latent factors over an isotropic
 * Gaussian tail ({@link LatentFactorModel}). With the defaults it draws the package's bundled
 * test-data/w2sg-latent.arff.gz.
 */
public class W2SGLatentFactors extends W2SGGenerator {

  private static final long serialVersionUID = 2203148657216270031L;

  protected int m_Factors = 12;
  protected double m_LabelNoise = 0.3;
  protected String m_WeakFactors = "10,7,4,2";
  protected int m_WeakColumns = 24;
  protected double m_WeakNoise = 0.6;
  protected int m_StrongColumns = 96;
  protected double m_StrongNoise = 0.3;

  private transient LatentFactorModel m_Model;

  public String globalInfo() {
    return "Generates weak and strong representations made of latent factors over an isotropic noise "
      + "tail, the data the weak-to-strong theory describes. There are q latent factors z with "
      + "decaying scales 1 / (1 + 0.15 i). Each weak view (weakA, weakB, ...) sees a random subset "
      + "of them, as many as its entry in 'weak factors' says, through its own random mixing, and adds "
      + "isotropic Gaussian noise; the strong view sees all q factors. The class is the sign of "
      + "y = w'z + noise, so a view that sees fewer of the factors is a weaker model. The seed fixes "
      + "the factors' mixing and label weights (seed) and the rows (seed + 1); the defaults give the "
      + "package's bundled data set w2sg-latent (1000 instances). The population covariance of a "
      + "view is signal^2 A diag(scales^2) A' + noise^2 I: a principal part of rank at most q and an "
      + "isotropic tail (doc/W2SG-MATH.md of the package).";
  }

  @Override
  protected void resetOptions() {
    m_Factors = 12;
    m_LabelNoise = 0.3;
    m_WeakFactors = "10,7,4,2";
    m_WeakColumns = 24;
    m_WeakNoise = 0.6;
    m_StrongColumns = 96;
    m_StrongNoise = 0.3;
  }

  @Override
  protected void validateOptions() {
    model();
  }

  /** The model of the current settings (the seed fixes its structure), checking every value. */
  public LatentFactorModel model() {
    if (m_Factors < 1) {
      throw new IllegalArgumentException("The number of latent factors must be at least 1, got " + m_Factors + ".");
    }
    checkSd("label noise", m_LabelNoise);
    checkSd("weak noise", m_WeakNoise);
    checkSd("strong noise", m_StrongNoise);
    if (m_WeakColumns < 1 || m_StrongColumns < 1) {
      throw new IllegalArgumentException("Every view needs at least one attribute; weak columns = " + m_WeakColumns
        + ", strong columns = " + m_StrongColumns + ".");
    }
    int[] seen = weakFactorCounts();
    LatentFactorModel model = new LatentFactorModel(m_Factors, m_LabelNoise, getSeed());
    for (int v = 0; v < seen.length; v++) {
      model.addRandomView(viewName(v), m_WeakColumns, seen[v], 1.0, m_WeakNoise);
    }
    int[] all = new int[m_Factors];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    model.addView("strong", m_StrongColumns, all, 1.0, m_StrongNoise);
    return model;
  }

  /** weakA, weakB, ..., weakZ, then weak27, weak28, ... */
  static String viewName(int v) {
    return v < 26 ? "weak" + (char) ('A' + v) : "weak" + (v + 1);
  }

  private int[] weakFactorCounts() {
    String[] parts = m_WeakFactors.split(",");
    int[] counts = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        counts[i] = Integer.parseInt(parts[i].trim());
      } catch (NumberFormatException e) {
        counts[i] = -1;
      }
      if (counts[i] < 1 || counts[i] > m_Factors) {
        throw new IllegalArgumentException("The weak factors are a comma-separated list of counts from 1 to the "
          + "number of factors (" + m_Factors + "), one per weak view; '" + parts[i].trim() + "' in '"
          + m_WeakFactors + "' is not.");
      }
    }
    return counts;
  }

  private static void checkSd(String what, double sd) {
    if (!(sd >= 0) || Double.isInfinite(sd)) {
      throw new IllegalArgumentException("The " + what + " is a standard deviation: a finite number of at least 0,"
        + " got " + sd + ".");
    }
  }

  @Override
  public Instances defineDataFormat() throws Exception {
    m_Model = model();
    m_Random = new Random(getSeed() + 1L);
    setNumExamplesAct(checkedNumExamples());
    setDatasetFormat(m_Model.header(getRelationNameToUse(), true));
    return getDatasetFormat();
  }

  @Override
  public Instance generateExample() throws Exception {
    if (m_Model == null) {
      throw new IllegalStateException("Call defineDataFormat() first.");
    }
    double[] row = new double[m_Model.rowLength()];
    m_Model.nextRow(m_Random, row);
    row[row.length - 1] = row[row.length - 1] > 0 ? 1 : 0; // the class: the sign of y
    Instance example = new DenseInstance(1.0, row);
    example.setDataset(getDatasetFormat());
    return example;
  }

  @Override
  public Instances generateExamples() throws Exception {
    Instances result = new Instances(getDatasetFormat(), 0);
    for (int i = 0; i < getNumExamplesAct(); i++) {
      result.add(generateExample());
    }
    return result;
  }

  @OptionMetadata(displayName = "latent factors", description = "The number q of latent factors; the strong view sees all of them. Default 12.",
    commandLineParamName = "factors", commandLineParamSynopsis = "-factors <q>", displayOrder = 1)
  public int getFactors() {
    return m_Factors;
  }

  public void setFactors(int value) {
    m_Factors = value;
  }

  public String factorsTipText() {
    return "The number q of latent factors; the strong view sees all of them.";
  }

  @OptionMetadata(displayName = "label noise", description = "The standard deviation of the noise added to y = w'z, whose sign is the class. Default 0.3.",
    commandLineParamName = "label-noise", commandLineParamSynopsis = "-label-noise <sd>", displayOrder = 2)
  public double getLabelNoise() {
    return m_LabelNoise;
  }

  public void setLabelNoise(double value) {
    m_LabelNoise = value;
  }

  @OptionMetadata(displayName = "weak factors", description = "One weak view per entry of this comma-separated list, each seeing that many random factors. Default 10,7,4,2.",
    commandLineParamName = "weak-factors", commandLineParamSynopsis = "-weak-factors <list>", displayOrder = 3)
  public String getWeakFactors() {
    return m_WeakFactors;
  }

  public void setWeakFactors(String value) {
    m_WeakFactors = value == null ? "" : value;
  }

  @OptionMetadata(displayName = "weak columns", description = "The number of attributes of each weak view. Default 24.",
    commandLineParamName = "weak-columns", commandLineParamSynopsis = "-weak-columns <d>", displayOrder = 4)
  public int getWeakColumns() {
    return m_WeakColumns;
  }

  public void setWeakColumns(int value) {
    m_WeakColumns = value;
  }

  @OptionMetadata(displayName = "weak noise", description = "The standard deviation of the weak views' isotropic noise tail. Default 0.6.",
    commandLineParamName = "weak-noise", commandLineParamSynopsis = "-weak-noise <sd>", displayOrder = 5)
  public double getWeakNoise() {
    return m_WeakNoise;
  }

  public void setWeakNoise(double value) {
    m_WeakNoise = value;
  }

  @OptionMetadata(displayName = "strong columns", description = "The number of attributes of the strong view. Default 96.",
    commandLineParamName = "strong-columns", commandLineParamSynopsis = "-strong-columns <d>", displayOrder = 6)
  public int getStrongColumns() {
    return m_StrongColumns;
  }

  public void setStrongColumns(int value) {
    m_StrongColumns = value;
  }

  @OptionMetadata(displayName = "strong noise", description = "The standard deviation of the strong view's isotropic noise tail. Default 0.3.",
    commandLineParamName = "strong-noise", commandLineParamSynopsis = "-strong-noise <sd>", displayOrder = 7)
  public double getStrongNoise() {
    return m_StrongNoise;
  }

  public void setStrongNoise(double value) {
    m_StrongNoise = value;
  }

  /**
   * Generates data from the command line: Weka's generator options (-o file, -n instances, -S seed,
   * -r relation, -h) and those of {@link #listOptions()}.
   */
  public static void main(String[] args) {
    weka.w2s.CommandLine.quietWekaStartup();
    weka.w2s.GeneratorMain.main(new W2SGLatentFactors(), args);
  }
}
