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

package weka.w2s.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * Synthetic representations that follow the assumptions of the principal-kernel theory: q latent
 * factors z with decaying scales; each view (a "model's representation") sees a subset of the
 * factors through its own random mixing A_v and adds an isotropic Gaussian tail,
 * h_v = signal * A_v z_S + noise * e; the label is y = w^T z + noise, or its sign as a nominal
 * class {neg, pos}. A view that sees fewer of the label's factors is a weaker model. Rows are drawn
 * one at a time, so arbitrarily long samples can be streamed. Users draw it through the data
 * generator weka.datagenerators.classifiers.classification.W2SGLatentFactors.
 */
public final class LatentFactorModel {

  /** One representation: which factors it sees, how strongly, over how much isotropic noise. */
  public static final class View {
    final String name;
    final int dimension;
    final int[] factors;
    final double signal;
    final double noise;
    final double[][] mixing; // dimension x factors.length

    View(String name, int dimension, int[] factors, double signal, double noise, Random rnd) {
      this.name = name;
      this.dimension = dimension;
      this.factors = factors;
      this.signal = signal;
      this.noise = noise;
      this.mixing = new double[dimension][factors.length];
      for (double[] row : mixing) {
        for (int j = 0; j < row.length; j++) {
          row[j] = rnd.nextGaussian() / Math.sqrt(factors.length);
        }
      }
    }

    public String name() {
      return name;
    }

    public int dimension() {
      return dimension;
    }

    /** The factors it sees, 0-based. */
    public int[] factors() {
      return factors.clone();
    }

    /** Its mixing A_v, dimension x factors().length. */
    public double[][] mixing() {
      double[][] copy = new double[mixing.length][];
      for (int i = 0; i < copy.length; i++) {
        copy[i] = mixing[i].clone();
      }
      return copy;
    }

    public double signal() {
      return signal;
    }

    public double noise() {
      return noise;
    }
  }

  private final double[] factorScales;
  private final double[] labelWeights;
  private final double labelNoise;
  private final List<View> views = new ArrayList<>();
  private final Random structureRandom;

  /**
   * @param factors    the number q of latent factors
   * @param labelNoise the standard deviation of the noise added to y = w^T z
   * @param seed       fixes the mixings and the label weights
   */
  public LatentFactorModel(int factors, double labelNoise, long seed) {
    if (factors < 1) {
      throw new IllegalArgumentException("Need at least one latent factor.");
    }
    structureRandom = new Random(seed);
    factorScales = new double[factors];
    labelWeights = new double[factors];
    for (int i = 0; i < factors; i++) {
      factorScales[i] = 1.0 / (1.0 + 0.15 * i);
      labelWeights[i] = (i % 2 == 0 ? 1.0 : -1.0) * (0.5 + structureRandom.nextDouble());
    }
    this.labelNoise = labelNoise;
  }

  /** Adds a view that sees the factors {@code seen} (0-based); returns this model. */
  public LatentFactorModel addView(String name, int dimension, int[] seen, double signal, double noise) {
    for (int f : seen) {
      if (f < 0 || f >= factorScales.length) {
        throw new IllegalArgumentException("Factor " + f + " does not exist (0.." + (factorScales.length - 1)
            + ").");
      }
    }
    views.add(new View(name, dimension, seen.clone(), signal, noise, structureRandom));
    return this;
  }

  /** Adds a view that sees a random subset of {@code count} factors. */
  public LatentFactorModel addRandomView(String name, int dimension, int count, double signal, double noise) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < factorScales.length; i++) {
      all.add(i);
    }
    Collections.shuffle(all, structureRandom);
    int[] seen = all.subList(0, Math.min(count, all.size())).stream().mapToInt(Integer::intValue).sorted()
        .toArray();
    return addView(name, dimension, seen, signal, noise);
  }

  /** The standard deviation of latent factor i (0-based). */
  public double factorScale(int i) {
    return factorScales[i];
  }

  public List<View> views() {
    return Collections.unmodifiableList(views);
  }

  /**
   * The accuracy, on the nominal class sign(y), of the best classifier that knows exactly the factors
   * S the named view sees: sign(E[y | z_S]) = sign(w_S' z_S). For the jointly Gaussian scores
   * w_S' z_S and y the signs agree with probability 1 - arccos(rho) / pi, rho = sd(w_S' z_S) / sd(y).
   * It bounds the accuracy of any model of that view, and of anything learned from its labels alone.
   */
  public double bayesAccuracy(String viewName) {
    for (View v : views) {
      if (v.name.equals(viewName)) {
        double seen = 0;
        for (int f : v.factors) {
          seen += Math.pow(labelWeights[f] * factorScales[f], 2);
        }
        double total = labelNoise * labelNoise;
        for (int f = 0; f < factorScales.length; f++) {
          total += Math.pow(labelWeights[f] * factorScales[f], 2);
        }
        return 1 - Math.acos(Math.sqrt(seen / total)) / Math.PI;
      }
    }
    throw new IllegalArgumentException("No view named '" + viewName + "'.");
  }

  /** Number of values per row: every view's columns, then the label. */
  public int rowLength() {
    int d = 1;
    for (View v : views) {
      d += v.dimension;
    }
    return d;
  }

  /** Draws one row [view_1, ..., view_V, y] into {@code row}. */
  public void nextRow(Random rnd, double[] row) {
    double[] z = new double[factorScales.length];
    double y = 0;
    for (int i = 0; i < z.length; i++) {
      z[i] = factorScales[i] * rnd.nextGaussian();
      y += labelWeights[i] * z[i];
    }
    int offset = 0;
    for (View v : views) {
      for (int r = 0; r < v.dimension; r++) {
        double s = 0;
        double[] a = v.mixing[r];
        for (int j = 0; j < a.length; j++) {
          s += a[j] * z[v.factors[j]];
        }
        row[offset + r] = v.signal * s + v.noise * rnd.nextGaussian();
      }
      offset += v.dimension;
    }
    row[offset] = y + labelNoise * rnd.nextGaussian();
  }

  /** An empty data set with one numeric attribute per view column and the class last. */
  public Instances header(String relation, boolean nominalClass) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (View v : views) {
      for (int r = 0; r < v.dimension; r++) {
        atts.add(new Attribute(v.name + "_" + r));
      }
    }
    if (nominalClass) {
      List<String> values = new ArrayList<>();
      values.add("neg");
      values.add("pos");
      atts.add(new Attribute("class", values));
    } else {
      atts.add(new Attribute("class"));
    }
    Instances data = new Instances(relation, atts, 0);
    data.setClassIndex(data.numAttributes() - 1);
    return data;
  }

  /** n rows as Weka instances; a nominal class is the sign of y. */
  public Instances sample(String relation, int n, boolean nominalClass, long seed) {
    Instances data = header(relation, nominalClass);
    Random rnd = new Random(seed);
    double[] row = new double[rowLength()];
    for (int i = 0; i < n; i++) {
      nextRow(rnd, row);
      double[] values = row.clone();
      if (nominalClass) {
        values[values.length - 1] = row[row.length - 1] > 0 ? 1 : 0;
      }
      data.add(new DenseInstance(1.0, values));
    }
    return data;
  }

  /**
   * The model behind the bundled test-data/w2sg-latent.arff.gz: 12 latent factors; weak views of 24
   * columns that see 10, 7, 4 and 2 factors; a strong view of 96 columns that sees all 12.
   */
  public static LatentFactorModel bundled(long seed) {
    LatentFactorModel model = new LatentFactorModel(12, 0.3, seed);
    model.addRandomView("weakA", 24, 10, 1.0, 0.6);
    model.addRandomView("weakB", 24, 7, 1.0, 0.6);
    model.addRandomView("weakC", 24, 4, 1.0, 0.6);
    model.addRandomView("weakD", 24, 2, 1.0, 0.6);
    model.addView("strong", 96, range(12), 1.0, 0.3);
    return model;
  }

  static int[] range(int n) {
    int[] r = new int[n];
    for (int i = 0; i < n; i++) {
      r[i] = i;
    }
    return r;
  }
}
