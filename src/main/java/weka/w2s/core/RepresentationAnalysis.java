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

package weka.w2s.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one way from a sample's joint statistics to the W2SG quantities of every (weak, strong) pair:
 * the geometry of the sample (W2SG-MATH.md section 1), each representation decomposed once with the
 * user's principal settings (section 2), then every pair analyzed (sections 3-4). Every tool of the
 * package goes through here, so that they all compute the same numbers from the same settings.
 */
public final class RepresentationAnalysis {

  /** A representation that cannot be decomposed: which one, and why. */
  public static final class RepresentationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final boolean weak;
    private final int index;

    RepresentationException(boolean weak, int index, String reason) {
      super(reason);
      this.weak = weak;
      this.index = index;
    }

    /** Whether the failing representation is a weak one (else strong). */
    public boolean isWeak() {
      return weak;
    }

    /** Its position in the weak (or strong) list, 0-based. */
    public int index() {
      return index;
    }
  }

  private final SampleGeometry geometry;
  private final double weakTrainSize;
  private final List<PrincipalSpace> weak;
  private final List<PrincipalSpace> strong;
  private final PairAnalysis[][] pairs;

  private RepresentationAnalysis(SampleGeometry geometry, double weakTrainSize, List<PrincipalSpace> weak,
      List<PrincipalSpace> strong, PairAnalysis[][] pairs) {
    this.geometry = geometry;
    this.weakTrainSize = weakTrainSize;
    this.weak = weak;
    this.strong = strong;
    this.pairs = pairs;
  }

  /**
   * Analyzes every (weak, strong) pair of column subsets of the sample, on the computation path
   * chosen from its sizes.
   *
   * @param stats         the joint statistics of the sample D^ (at least two rows)
   * @param weakColumns   the columns of each weak representation
   * @param strongColumns the columns of each strong representation
   * @param labelColumns  the label columns, or null or empty for the label-free quantities only
   * @param settings      the user's rule for k, ridge and shrinkage
   * @param weakTrainSize m_w, the size of the weak head's training set, for the weak gamma
   * @throws RepresentationException naming the representation that cannot be decomposed
   * @throws IllegalArgumentException for a sample or size the analysis cannot use
   */
  public static RepresentationAnalysis of(JointStatistics stats, List<int[]> weakColumns,
      List<int[]> strongColumns, int[] labelColumns, PrincipalSettings settings, double weakTrainSize) {
    W2SGAnalyzer analyzer = new W2SGAnalyzer(SampleGeometry.of(stats, settings, SampleGeometry.Path.AUTO,
        stats.linearAlgebra()),
        weakTrainSize);
    List<PrincipalSpace> weak = decompose(analyzer, weakColumns, true);
    List<PrincipalSpace> strong = decompose(analyzer, strongColumns, false);
    PairAnalysis[][] pairs = new PairAnalysis[weak.size()][strong.size()];
    for (int w = 0; w < weak.size(); w++) {
      for (int s = 0; s < strong.size(); s++) {
        pairs[w][s] = analyzer.analyze(weak.get(w), strong.get(s), labelColumns);
      }
    }
    return new RepresentationAnalysis(analyzer.geometry(), weakTrainSize, weak, strong, pairs);
  }

  private static List<PrincipalSpace> decompose(W2SGAnalyzer analyzer, List<int[]> columns, boolean weak) {
    List<PrincipalSpace> spaces = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      try {
        spaces.add(weak ? analyzer.weakSpace(columns.get(i)) : analyzer.strongSpace(columns.get(i)));
      } catch (RepresentationException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new RepresentationException(weak, i, e.getMessage());
      }
    }
    return Collections.unmodifiableList(spaces);
  }

  /** The analysis of weak representation w with strong representation s (0-based). */
  public PairAnalysis pair(int w, int s) {
    return pairs[w][s];
  }

  public List<PrincipalSpace> weakSpaces() {
    return weak;
  }

  public List<PrincipalSpace> strongSpaces() {
    return strong;
  }

  /** The geometry the quantities were computed on (its path, its settings). */
  public SampleGeometry geometry() {
    return geometry;
  }

  public double weakTrainSize() {
    return weakTrainSize;
  }
}
