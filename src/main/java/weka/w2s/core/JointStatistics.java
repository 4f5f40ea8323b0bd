package weka.w2s.core;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * One-pass, mergeable second-moment statistics of a stream of fixed-length rows (for this package:
 * the concatenation [weak representation, strong representation, label columns] of each instance).
 *
 * <p>While the sample is no larger than {@code rowLimit}, the rows themselves are kept: they are the
 * smaller summary when n is below the dimension, and they allow the exact n x n Gram path. Past that
 * limit the rows are folded, a block at a time, into the mean and the centred co-moment matrix
 * M = sum_i (x_i - mean)(x_i - mean)^T, and memory no longer depends on n. Blocks are combined with
 * the pairwise update of Chan, Golub and LeVeque (1979), which keeps every sum centred; the same
 * update merges the statistics of two shards exactly.
 */
public final class JointStatistics implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Rows folded together before one pairwise update; large enough for cache-friendly products. */
  static final int BLOCK_ROWS = 256;

  private final int dimension;
  private final int rowLimit;

  private long count;
  /** Mean and centred co-moment of the rows already folded; null while every row is held. */
  private double[] foldedMean;
  private DMatrixRMaj foldedComoment;
  private long foldedCount;
  /** Rows not yet folded (all rows, while the statistics are still exact-sample). */
  private List<double[]> heldRows = new ArrayList<>();

  /**
   * @param dimension number of columns of every row
   * @param rowLimit  keep the rows themselves while there are at most this many (0 folds at once)
   */
  public JointStatistics(int dimension, int rowLimit) {
    if (dimension < 1) {
      throw new IllegalArgumentException("The statistics need at least one column, got " + dimension + ".");
    }
    if (rowLimit < 0) {
      throw new IllegalArgumentException("rowLimit must be >= 0, got " + rowLimit + ".");
    }
    this.dimension = dimension;
    this.rowLimit = rowLimit;
  }

  /** Statistics that hold the rows while that is cheaper than a co-moment matrix (n <= dimension). */
  public static JointStatistics forDimension(int dimension) {
    return new JointStatistics(dimension, dimension);
  }

  public int dimension() {
    return dimension;
  }

  public long count() {
    return count;
  }

  /** True while every row is still held, so that the Gram path is available. */
  public boolean holdsAllRows() {
    return foldedComoment == null;
  }

  /**
   * Adds one row (copied). Every value must be finite.
   *
   * @throws IllegalArgumentException naming the offending column if a value is NaN or infinite
   */
  public void add(double[] row) {
    if (row.length != dimension) {
      throw new IllegalArgumentException("Row has " + row.length + " values, expected " + dimension + ".");
    }
    for (int j = 0; j < row.length; j++) {
      if (!Double.isFinite(row[j])) {
        throw new NonFiniteValueException(j, row[j]);
      }
    }
    heldRows.add(row.clone());
    count++;
    if (foldedComoment == null && heldRows.size() > rowLimit) {
      foldHeldRows();
    } else if (foldedComoment != null && heldRows.size() >= BLOCK_ROWS) {
      foldHeldRows();
    }
  }

  /** Merges another shard's statistics into this one; the other object is left unchanged. */
  public void merge(JointStatistics other) {
    if (other.dimension != dimension) {
      throw new IllegalArgumentException("Cannot merge statistics of " + other.dimension
          + " columns into statistics of " + dimension + " columns.");
    }
    if (holdsAllRows() && other.holdsAllRows() && count + other.count <= rowLimit) {
      heldRows.addAll(other.heldRows); // rows are never mutated, so sharing them is safe
      count += other.count;
      return;
    }
    foldHeldRows();
    JointStatistics folded = other.foldedCopy();
    combine(folded.foldedCount, folded.foldedMean, folded.foldedComoment);
    count += other.count;
  }

  /** Column means of all rows. */
  public double[] mean() {
    requireRows();
    if (holdsAllRows()) {
      return blockMean(heldRows, 0, heldRows.size());
    }
    JointStatistics folded = foldedCopy();
    return folded.foldedMean.clone();
  }

  /** The population covariance S = M / n (dimension x dimension, a new matrix). */
  public DMatrixRMaj covariance() {
    requireRows();
    JointStatistics folded = foldedCopy();
    DMatrixRMaj s = folded.foldedComoment.copy();
    CommonOps_DDRM.divide(s, (double) count);
    return s;
  }

  /**
   * The held rows, centred by the sample mean, as an n x dimension matrix.
   *
   * @throws IllegalStateException if the rows were already folded into moments
   */
  public DMatrixRMaj centredRows() {
    if (!holdsAllRows()) {
      throw new IllegalStateException("The rows were folded into moments (n = " + count
          + " > row limit " + rowLimit + "); only the covariance path is available.");
    }
    requireRows();
    double[] mean = mean();
    DMatrixRMaj h = new DMatrixRMaj(heldRows.size(), dimension);
    for (int i = 0; i < heldRows.size(); i++) {
      double[] row = heldRows.get(i);
      for (int j = 0; j < dimension; j++) {
        h.unsafe_set(i, j, row[j] - mean[j]);
      }
    }
    return h;
  }

  private void requireRows() {
    if (count == 0) {
      throw new IllegalStateException("No rows have been added.");
    }
  }

  /** A copy whose held rows are all folded into moments (this object is unchanged). */
  private JointStatistics foldedCopy() {
    JointStatistics copy = new JointStatistics(dimension, 0);
    copy.count = count;
    copy.foldedCount = foldedCount;
    copy.foldedMean = foldedMean == null ? null : foldedMean.clone();
    copy.foldedComoment = foldedComoment == null ? null : foldedComoment.copy();
    copy.heldRows = new ArrayList<>(heldRows);
    copy.foldHeldRows();
    return copy;
  }

  private void foldHeldRows() {
    if (foldedComoment == null) {
      foldedMean = new double[dimension];
      foldedComoment = new DMatrixRMaj(dimension, dimension);
    }
    for (int start = 0; start < heldRows.size(); start += BLOCK_ROWS) {
      int end = Math.min(heldRows.size(), start + BLOCK_ROWS);
      double[] mean = blockMean(heldRows, start, end);
      DMatrixRMaj centred = new DMatrixRMaj(end - start, dimension);
      for (int i = start; i < end; i++) {
        double[] row = heldRows.get(i);
        int offset = (i - start) * dimension;
        for (int j = 0; j < dimension; j++) {
          centred.data[offset + j] = row[j] - mean[j];
        }
      }
      DMatrixRMaj comoment = new DMatrixRMaj(dimension, dimension);
      CommonOps_DDRM.multInner(centred, comoment);
      combine(end - start, mean, comoment);
    }
    heldRows = new ArrayList<>();
  }

  /** Chan et al.'s pairwise update: folds (nB, meanB, MB) into the folded moments. */
  private void combine(long nB, double[] meanB, DMatrixRMaj comomentB) {
    if (nB == 0) {
      return;
    }
    long nA = foldedCount;
    long n = nA + nB;
    double[] delta = new double[dimension];
    for (int j = 0; j < dimension; j++) {
      delta[j] = meanB[j] - foldedMean[j];
    }
    double weight = (double) nA * nB / n;
    double[] m = foldedComoment.data;
    double[] b = comomentB.data;
    for (int i = 0; i < dimension; i++) {
      double di = weight * delta[i];
      int offset = i * dimension;
      for (int j = 0; j < dimension; j++) {
        m[offset + j] += b[offset + j] + di * delta[j];
      }
    }
    double fraction = (double) nB / n; // exactly 1 for the first block, so its mean is kept exactly
    for (int j = 0; j < dimension; j++) {
      foldedMean[j] += delta[j] * fraction;
    }
    foldedCount = n;
  }

  /**
   * The mean of rows [start, end), summed as differences from the first row: a column that is
   * constant gets exactly its value as mean (so exactly zero centred values and variance, rather than
   * rounding noise that would pass for a direction), and large offsets lose less accuracy.
   */
  private double[] blockMean(List<double[]> rows, int start, int end) {
    double[] shift = rows.get(start);
    double[] sum = new double[dimension];
    for (int i = start + 1; i < end; i++) {
      double[] row = rows.get(i);
      for (int j = 0; j < dimension; j++) {
        sum[j] += row[j] - shift[j];
      }
    }
    double[] mean = new double[dimension];
    for (int j = 0; j < dimension; j++) {
      mean[j] = shift[j] + sum[j] / (end - start);
    }
    return mean;
  }

  /** A NaN or infinite value, with the column it was found in. */
  public static final class NonFiniteValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int column;

    NonFiniteValueException(int column, double value) {
      super("Value " + value + " in column " + column + " is not finite; remove or replace missing and"
          + " infinite values (for example with a missing-value filter) before the analysis.");
      this.column = column;
    }

    public int column() {
      return column;
    }
  }
}
