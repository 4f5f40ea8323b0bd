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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.w2s.sim.ConceptMixtureModel.Supervision;
import weka.w2s.sim.LatentFactorModel;

/**
 * The package's data generators: their samples against the models' closed forms (the population
 * covariance spectrum of a principal part over an isotropic tail, the weak labels' error), their
 * options, and their registration for the Explorer's Generate dialog.
 */
class W2SGGeneratorsTest {

  private static final int N = 40_000;

  @Test
  void latentFactorsStrongSpectrumIsThePopulationOne() throws Exception {
    W2SGLatentFactors g = new W2SGLatentFactors();
    g.setOptions(Utils.splitOptions("-n " + N + " -S 3 -factors 3 -weak-factors 2 -weak-columns 5"
        + " -strong-columns 8 -strong-noise 0.5"));
    Instances data = generate(g);
    assertEquals(N, data.numInstances());
    assertEquals(5 + 8 + 1, data.numAttributes());
    assertEquals("weakA_0", data.attribute(0).name());
    assertEquals("strong_7", data.attribute(12).name());

    // closed form: Sigma = signal^2 A diag(scale_f^2) A' + noise^2 I for the strong view
    LatentFactorModel.View strong = g.model().views().get(1);
    double[][] a = strong.mixing();
    int[] seen = strong.factors();
    double[][] sigma = new double[8][8];
    for (int i = 0; i < 8; i++) {
      for (int j = 0; j < 8; j++) {
        double s = 0;
        for (int f = 0; f < seen.length; f++) {
          s += a[i][f] * a[j][f] * Math.pow(g.model().factorScale(seen[f]), 2);
        }
        sigma[i][j] = strong.signal() * strong.signal() * s + (i == j ? 0.25 : 0);
      }
    }
    double[] population = eigenvalues(sigma);
    for (int i = 3; i < 8; i++) {
      assertEquals(0.25, population[i], 1e-12, "an isotropic tail beyond the q = 3 factors");
    }
    assertTrue(population[2] > 0.5, "three principal directions above the tail: " + Arrays.toString(population));
    double[] sample = eigenvalues(covariance(data, 5, 8));
    for (int i = 0; i < 8; i++) {
      assertEquals(population[i], sample[i], 0.05 * population[i] + 0.01,
          "eigenvalue " + (i + 1) + ": sample " + Arrays.toString(sample) + " vs " + Arrays.toString(population));
    }
    double positive = Arrays.stream(data.attributeToDoubleArray(13)).sum() / N;
    assertEquals(0.5, positive, 4 * Math.sqrt(0.25 / N), "y is symmetric about 0");
  }

  @Test
  void latentFactorsDefaultsDrawTheBundledDataSet() throws Exception {
    Instances bundled = DataSource.read("test-data/w2sg-latent.arff.gz");
    Instances data = generate(new W2SGLatentFactors());
    assertEquals(bundled.numInstances(), data.numInstances());
    assertEquals(bundled.numAttributes(), data.numAttributes());
    for (int i = 0; i < data.numInstances(); i += 97) {
      for (int j = 0; j < data.numAttributes(); j++) {
        assertEquals(bundled.instance(i).value(j), data.instance(i).value(j), 1e-5, "row " + i + ", column " + j);
      }
    }
  }

  @Test
  void conceptMixtureSpectrumAndWeakLabelErrorAreThePopulationOnes() throws Exception {
    for (Supervision kind : Supervision.values()) {
      W2SGConceptMixture g = new W2SGConceptMixture();
      String name = kind.name().toLowerCase().replace('_', '-');
      g.setOptions(Utils.splitOptions("-n " + N + " -S 5 -dimension 10 -concepts 3 -tail 0.5 -weak-error 0.15"
          + " -supervision " + name));
      Instances data = generate(g);
      assertEquals(12, data.numAttributes());
      int wrong = 0;
      for (int r = 0; r < N; r++) {
        boolean weakPositive = data.instance(r).value(0) > 0;
        if (weakPositive != (data.instance(r).classValue() == 1)) {
          wrong++;
        }
      }
      assertEquals(0.15, (double) wrong / N, 4 * Math.sqrt(0.15 * 0.85 / N), name + ": the weak labels' error");
      double[] sample = eigenvalues(covariance(data, 1, 10));
      for (int i = 0; i < 10; i++) {
        double population = i < 3 ? 1 + 0.25 : 0.25; // m concepts of variance 1 over the tail's 0.25
        assertEquals(population, sample[i], 0.05 * population, name + ": eigenvalue " + (i + 1) + " of "
            + Arrays.toString(sample));
      }
    }
  }

  @Test
  void optionsRoundTripAndWrongValuesAreRefused() throws Exception {
    W2SGLatentFactors g = new W2SGLatentFactors();
    g.setOptions(Utils.splitOptions("-factors 5 -weak-factors 3,1 -label-noise 0.1 -n 50"));
    W2SGLatentFactors copy = new W2SGLatentFactors();
    copy.setOptions(g.getOptions());
    assertEquals(Arrays.asList(g.getOptions()), Arrays.asList(copy.getOptions()));
    assertEquals("3,1", copy.getWeakFactors());
    assertEquals(50, generate(copy).numInstances());
    assertSays(() -> new W2SGLatentFactors().setOptions(Utils.splitOptions("-weak-factors 3,20")),
        "from 1 to the number of factors (12)", "'20'");
    assertSays(() -> new W2SGLatentFactors().setOptions(Utils.splitOptions("-factors 0")), "at least 1");
    assertSays(() -> new W2SGLatentFactors().setOptions(Utils.splitOptions("-weak-noise -1")),
        "weak noise", "at least 0");
    assertSays(() -> new W2SGLatentFactors().setOptions(Utils.splitOptions("-factors many")),
        "-factors expects a whole number");

    W2SGConceptMixture c = new W2SGConceptMixture();
    c.setOptions(Utils.splitOptions("-supervision concept-bias -weak-error 0.3 -dimension 12"));
    W2SGConceptMixture cc = new W2SGConceptMixture();
    cc.setOptions(c.getOptions());
    assertEquals(Arrays.asList(c.getOptions()), Arrays.asList(cc.getOptions()));
    assertEquals(Supervision.CONCEPT_BIAS, cc.supervision());
    assertSays(() -> new W2SGConceptMixture().setOptions(Utils.splitOptions("-weak-error 0.7")), "(0, 0.5)");
    assertSays(() -> new W2SGConceptMixture().setOptions(Utils.splitOptions("-supervision loud")),
        "-supervision must be one of noise, orthogonal-bias, concept-bias, got 'loud'");
    assertSays(() -> new W2SGConceptMixture().setOptions(Utils.splitOptions("-dimension 3 -concepts 4")),
        "dimension above their number");
  }

  @Test
  void theGeneratorsAreRegisteredForTheExplorersGenerateDialog() throws Exception {
    Properties props = new Properties();
    try (InputStream in = new FileInputStream("src/main/package/GenericPropertiesCreator.props")) {
      props.load(in);
    }
    String packages = props.getProperty("weka.datagenerators.DataGenerator", "");
    assertTrue(Arrays.asList(packages.split("\\s*,\\s*")).contains(W2SGLatentFactors.class.getPackage().getName()),
        packages);
    assertEquals(W2SGLatentFactors.class.getPackage(), W2SGConceptMixture.class.getPackage());
  }

  private interface Failing {
    void run() throws Exception;
  }

  private static void assertSays(Failing f, String... fragments) {
    Exception e = assertThrows(Exception.class, f::run);
    for (String s : fragments) {
      assertTrue(e.getMessage().contains(s), "'" + s + "' not in: " + e.getMessage());
    }
  }

  /** As the Explorer's Generate dialog does: define the format, then the examples. */
  static Instances generate(weka.datagenerators.DataGenerator g) throws Exception {
    Instances format = g.defineDataFormat();
    Instances data = new Instances(format, 0);
    if (g.getSingleModeFlag()) {
      for (int i = 0; i < g.getNumExamplesAct(); i++) {
        data.add(g.generateExample());
      }
    } else {
      data = g.generateExamples();
    }
    return data;
  }

  /** The sample covariance (divisor n - 1) of columns from..from+d-1, summed directly. */
  static double[][] covariance(Instances data, int from, int d) {
    int n = data.numInstances();
    double[] mean = new double[d];
    for (int r = 0; r < n; r++) {
      for (int i = 0; i < d; i++) {
        mean[i] += data.instance(r).value(from + i) / n;
      }
    }
    double[][] c = new double[d][d];
    for (int r = 0; r < n; r++) {
      for (int i = 0; i < d; i++) {
        double xi = data.instance(r).value(from + i) - mean[i];
        for (int j = 0; j < d; j++) {
          c[i][j] += xi * (data.instance(r).value(from + j) - mean[j]) / (n - 1);
        }
      }
    }
    return c;
  }

  /** Eigenvalues of a symmetric matrix, descending (EJML). */
  static double[] eigenvalues(double[][] m) {
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m.length, false, true);
    assertTrue(eig.decompose(new DMatrixRMaj(m)));
    double[] values = new double[m.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = eig.getEigenvalue(i).getReal();
    }
    Arrays.sort(values);
    for (int i = 0; i < values.length / 2; i++) {
      double t = values[i];
      values[i] = values[values.length - 1 - i];
      values[values.length - 1 - i] = t;
    }
    return values;
  }

  /** Issue 16, item 7: a wrong option leaves an existing -o file as it was, exit 2, one message, no trace. */
  @Test
  void theCommandLineWritesOnlyCompleteFiles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path out = dir.resolve("o.arff");
    java.nio.file.Files.writeString(out, "KEEP");
    for (String options : new String[] {"-factors 0", "-n abc", "-label-noise NaN", "-bogus 1"}) {
      java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
      String[] args = Utils.splitOptions(options + " -o " + out);
      int code = weka.w2s.GeneratorMain.run(new W2SGLatentFactors(), args, new java.io.PrintStream(
          new java.io.ByteArrayOutputStream()), new java.io.PrintStream(err, true, "UTF-8"));
      String message = err.toString("UTF-8");
      assertEquals(2, code, options + ": " + message);
      assertTrue(message.startsWith("W2SGLatentFactors: ") && !message.contains("\tat "), message);
      assertEquals("KEEP", java.nio.file.Files.readString(out), options);
    }
    assertEquals(0, weka.w2s.GeneratorMain.run(new W2SGConceptMixture(), Utils.splitOptions("-n 30 -o " + out),
        System.out, System.err));
    assertEquals(30, DataSource.read(out.toString()).numInstances());
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file left");
    }
  }

  /** Issue 16, item 6: standard output that cannot be written is exit 1, not a cut file with exit 0. */
  @Test
  void aFailedWriteToStandardOutputIsAnError() throws Exception {
    java.io.OutputStream full = new java.io.OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("No space left on device");
      }
    };
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int code = weka.w2s.GeneratorMain.run(new W2SGLatentFactors(), Utils.splitOptions("-n 20"),
        new java.io.PrintStream(full), new java.io.PrintStream(err, true, "UTF-8"));
    assertEquals(1, code, err.toString("UTF-8"));
    assertTrue(err.toString("UTF-8").contains("standard output failed"), err.toString("UTF-8"));
  }
}
