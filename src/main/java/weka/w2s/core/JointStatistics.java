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

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * One-pass, mergeable second-moment statistics of a stream of fixed-length, weighted rows (for this
 * package: the concatenation [weak representation, strong representation, label columns] of each
 * instance, with its Weka instance weight).
 *
 * <p>A weight is a frequency: a row of weight w counts as w copies of itself (2 gives exactly the
 * statistics of the row added twice, 0 leaves it out). So the sample size n of the theory is the
 * total weight, the mean and the co-moment are weighted, and the held rows come out centred and
 * scaled by sqrt(w), which makes every Gram-path product the weighted one.
 *
 * <p>While the sample is no larger than {@code rowLimit}, the rows themselves are kept: they are the
 * smaller summary when n is below the dimension, and they allow the exact n x n Gram path. Past that
 * limit the rows are folded, a block at a time, into the mean and the centred co-moment matrix
 * M = sum_i (x_i - mean)(x_i - mean)^T, and memory no longer depends on n. Blocks are combined with
 * the pairwise update of Chan, Golub and LeVeque (1979), which keeps every sum centred; the same
 * update merges the statistics of two shards exactly.
 *
 * <p>How a block is folded: with B the block's rows centred by their own mean, delta the block mean
 * minus the mean so far and w = n_A n_B / (n_A + n_B), Chan's update M += B^T B + w delta delta^T is
 * one product M += A^T A of the stacked matrix A = [B; sqrt(w) delta^T]. With row weights v_i, B's rows
 * are sqrt(v_i) (x_i - block mean) and the counts n_A, n_B are total weights. Only the upper triangle of
 * the symmetric M is accumulated, by the {@link LinearAlgebra} back end the statistics were made
 * with: EJML's tiled product for Java, BLAS dsyrk for native (see {@link SymmetricAccumulator}); the
 * result does not depend on the number of threads. Rows wait in reused buffers: adding a row
 * allocates nothing once the rows are folded.
 */
public final class JointStatistics implements Serializable {

  private static final long serialVersionUID = 4L;

  /**
   * Largest magnitude accepted: squares and sums of squares of values up to 1e140 stay far from
   * overflow (about 1e308) for any realistic number of rows, and so do the eigensolvers' norms.
   */
  public static final double MAX_MAGNITUDE = 1e140;
  /**
   * A column that varies by less than this around its first value would have its squares underflow
   * (about 1e-308), so that it would pass for a constant.
   */
  public static final double MIN_SPREAD = 1e-140;

  /** Rows folded together before one pairwise update; large enough for cache-friendly products. */
  static final int BLOCK_ROWS = 256;

  private final int dimension;
  private final int rowLimit;
  /** The back end of the fold: java or native (resolved when the first block is folded). */
  private final LinearAlgebra.Choice backEnd;

  /** Rows of positive weight added. */
  private long count;
  /** Their total weight. */
  private double weight;
  /** Mean of the rows already folded; null while every row is held. */
  private double[] foldedMean;
  /** Upper triangle (tiles on and above the diagonal) of their centred co-moment M; null while held. */
  private SymmetricAccumulator foldedUpper;
  private double foldedWeight;
  /** The first row added, and every column's largest distance from it (to detect underflow). */
  private double[] firstRow;
  private double[] spread;
  /**
   * Rows not yet folded (all rows, while the statistics are still exact-sample), row-major in chunks
   * of BLOCK_ROWS rows; only the first chunk may be shorter, and it grows by doubling. After a fold
   * the first chunk is kept for the next block.
   */
  private List<double[]> heldChunks = new ArrayList<>();
  /** The weights of the held rows, in chunks of BLOCK_ROWS like the rows. */
  private List<double[]> heldWeights = new ArrayList<>();
  private int heldRows;

  /** Scratch space of a fold: A row-major. */
  private transient DMatrixRMaj stage;

  /**
   * @param dimension number of columns of every row
   * @param rowLimit  keep the rows themselves while there are at most this many (0 folds at once)
   */
  public JointStatistics(int dimension, int rowLimit) {
    this(dimension, rowLimit, LinearAlgebra.java());
  }

  /**
   * @param dimension     number of columns of every row
   * @param rowLimit      keep the rows themselves while there are at most this many (0 folds at once)
   * @param linearAlgebra the back end that folds the rows
   */
  public JointStatistics(int dimension, int rowLimit, LinearAlgebra linearAlgebra) {
    if (dimension < 1) {
      throw new IllegalArgumentException("The statistics need at least one column, got " + dimension + ".");
    }
    if (rowLimit < 0) {
      throw new IllegalArgumentException("rowLimit must be >= 0, got " + rowLimit + ".");
    }
    this.dimension = dimension;
    this.rowLimit = rowLimit;
    this.backEnd = linearAlgebra.kind();
  }

  /** Statistics that hold the rows while that is cheaper than a co-moment matrix (n <= dimension). */
  public static JointStatistics forDimension(int dimension) {
    return new JointStatistics(dimension, dimension);
  }

  /** As {@link #forDimension(int)}, folding with the given back end. */
  public static JointStatistics forDimension(int dimension, LinearAlgebra linearAlgebra) {
    return new JointStatistics(dimension, dimension, linearAlgebra);
  }

  public int dimension() {
    return dimension;
  }

  /** The number of rows of positive weight added. */
  public long count() {
    return count;
  }

  /** Their total weight: the sample size n of the analysis (the row count when every weight is 1). */
  public double weight() {
    return weight;
  }

  /** True while every row is still held, so that the Gram path is available. */
  public boolean holdsAllRows() {
    return foldedUpper == null;
  }

  /**
   * Adds one row (copied) of weight 1.
   *
   * @throws ValueException naming the offending column if a value is not finite or too large
   */
  public void add(double[] row) {
    add(row, 1);
  }

  /**
   * Adds one row (copied) that counts as {@code rowWeight} rows; a row of weight 0 is checked and
   * left out. Every value must be finite and at most {@link #MAX_MAGNITUDE} in magnitude.
   *
   * @throws ValueException naming the offending column if a value is not finite or too large
   * @throws IllegalArgumentException if the weight is negative or not finite
   */
  public void add(double[] row, double rowWeight) {
    if (row.length != dimension) {
      throw new IllegalArgumentException("Row has " + row.length + " values, expected " + dimension + ".");
    }
    if (!(rowWeight >= 0) || rowWeight == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("The weight " + rowWeight + " is not a finite number >= 0.");
    }
    for (int j = 0; j < row.length; j++) {
      if (!(Math.abs(row[j]) <= MAX_MAGNITUDE)) {
        throw new ValueException(j, row[j]);
      }
    }
    if (rowWeight == 0) {
      return;
    }
    trackSpread(row);
    hold(row, 0, rowWeight);
    count++;
    weight += rowWeight;
    if (foldedUpper == null && heldRows > rowLimit) {
      foldHeldRows();
    } else if (foldedUpper != null && heldRows >= BLOCK_ROWS) {
      foldHeldRows();
    }
  }

  /** Merges another shard's statistics into this one; the other object is left unchanged. */
  public void merge(JointStatistics other) {
    if (other.dimension != dimension) {
      throw new IllegalArgumentException("Cannot merge statistics of " + other.dimension
          + " columns into statistics of " + dimension + " columns.");
    }
    if (other.count == 0) {
      return;
    }
    mergeSpread(other);
    if (holdsAllRows() && other.holdsAllRows() && count + other.count <= rowLimit) {
      int rows = other.heldRows; // fixed first: other may be this object
      for (int i = 0; i < rows; i++) {
        hold(other.heldChunks.get(i / BLOCK_ROWS), (i % BLOCK_ROWS) * dimension,
            other.heldWeights.get(i / BLOCK_ROWS)[i % BLOCK_ROWS]);
      }
      count += other.count;
      weight += other.weight;
      return;
    }
    foldHeldRows();
    JointStatistics folded = other.foldedCopy();
    combine(folded.foldedWeight, folded.foldedMean, folded.foldedUpper);
    count += other.count;
    weight += other.weight;
  }

  /**
   * Refuses columns whose variation is too small for double-precision squares: their variance would
   * underflow and they would pass for constants.
   *
   * @throws ValueException naming the first such column
   */
  public void checkSpread() {
    if (spread == null) {
      return;
    }
    for (int j = 0; j < dimension; j++) {
      if (spread[j] > 0 && spread[j] < MIN_SPREAD) {
        throw new ValueException(j, spread[j]);
      }
    }
  }

  /**
   * How far each column varies: the largest distance of a row's value from the first row's, a
   * cheap measure of a column's scale (between its range and half of it); zero for a constant.
   */
  public double[] spreads() {
    requireRows();
    return spread.clone();
  }

  /** Column means of all rows. */
  public double[] mean() {
    requireRows();
    if (holdsAllRows()) {
      return blockMean(heldChunks, 0, heldRows);
    }
    // the mean that folding the held rows would give, without touching the co-moment
    double[] mean = foldedMean.clone();
    double n = foldedWeight;
    for (int start = 0; start < heldRows; start += BLOCK_ROWS) {
      int end = Math.min(heldRows, start + BLOCK_ROWS);
      double[] blockMean = blockMean(heldChunks, start, end);
      double blockWeight = blockWeight(start, end);
      n += blockWeight;
      updateMean(mean, blockMean, blockWeight, n);
    }
    return mean;
  }

  /** The population covariance S = M / n, n the total weight (dimension x dimension, a new matrix). */
  public DMatrixRMaj covariance() {
    requireRows();
    JointStatistics folded = holdsAllRows() || heldRows > 0 ? foldedCopy() : this;
    DMatrixRMaj s = folded.foldedUpper.toSymmetric();
    CommonOps_DDRM.divide(s, weight);
    return s;
  }

  /**
   * The statistics of the first {@code columns} columns alone (the rows' other columns dropped): the
   * same rows, weights and mean, the leading block of the co-moment; folded into moments.
   */
  public JointStatistics leading(int columns) {
    if (columns < 1 || columns > dimension) {
      throw new IllegalArgumentException("Expected 1 to " + dimension + " leading columns, got " + columns + ".");
    }
    JointStatistics out = new JointStatistics(columns, 0, linearAlgebra());
    if (count == 0) {
      return out;
    }
    JointStatistics folded = holdsAllRows() || heldRows > 0 ? foldedCopy() : this;
    DMatrixRMaj block = CommonOps_DDRM.extract(folded.foldedUpper.toSymmetric(), 0, columns, 0, columns);
    out.count = count;
    out.weight = weight;
    out.foldedWeight = folded.foldedWeight;
    out.foldedMean = java.util.Arrays.copyOf(folded.foldedMean, columns);
    out.foldedUpper = out.linearAlgebra().newAccumulator(columns);
    out.foldedUpper.add(new SymmetricAccumulator(columns) {
      private static final long serialVersionUID = 1L;

      @Override
      void addGram(DMatrixRMaj a) {
        throw new UnsupportedOperationException();
      }

      @Override
      void add(SymmetricAccumulator other) {
        throw new UnsupportedOperationException();
      }

      @Override
      SymmetricAccumulator copy() {
        return this;
      }

      @Override
      DMatrixRMaj toSymmetric() {
        return block;
      }
    });
    out.firstRow = java.util.Arrays.copyOf(firstRow, columns);
    out.spread = java.util.Arrays.copyOf(spread, columns);
    return out;
  }

  /**
   * The held rows, centred by the sample mean and multiplied by the square roots of their weights, as
   * a rows x dimension matrix H: H^T H is the co-moment M, and H H^T / n the weighted Gram matrix.
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
    DMatrixRMaj h = new DMatrixRMaj(heldRows, dimension);
    for (int i = 0; i < heldRows; i++) {
      double[] chunk = heldChunks.get(i / BLOCK_ROWS);
      double root = Math.sqrt(heldWeights.get(i / BLOCK_ROWS)[i % BLOCK_ROWS]);
      int from = (i % BLOCK_ROWS) * dimension;
      int to = i * dimension;
      for (int j = 0; j < dimension; j++) {
        h.data[to + j] = root * (chunk[from + j] - mean[j]);
      }
    }
    return h;
  }

  private void requireRows() {
    if (count == 0) {
      throw new IllegalStateException("No rows have been added.");
    }
  }

  /** Appends a copy of the row that starts at {@code offset} in {@code source}, with its weight. */
  private void hold(double[] source, int offset, double rowWeight) {
    int chunkIndex = heldRows / BLOCK_ROWS;
    int rowInChunk = heldRows % BLOCK_ROWS;
    if (chunkIndex == heldChunks.size()) {
      // while all rows are held the first chunk starts small; once folding, a block fills it
      heldChunks.add(new double[(chunkIndex == 0 && holdsAllRows() ? 1 : BLOCK_ROWS) * dimension]);
    }
    if (chunkIndex == heldWeights.size()) {
      heldWeights.add(new double[BLOCK_ROWS]);
    }
    heldWeights.get(chunkIndex)[rowInChunk] = rowWeight;
    double[] chunk = heldChunks.get(chunkIndex);
    if ((rowInChunk + 1) * dimension > chunk.length) {
      int rows = Math.min(BLOCK_ROWS, 2 * (rowInChunk + 1));
      double[] grown = new double[rows * dimension];
      System.arraycopy(chunk, 0, grown, 0, rowInChunk * dimension);
      heldChunks.set(chunkIndex, grown);
      chunk = grown;
    }
    System.arraycopy(source, offset, chunk, rowInChunk * dimension, dimension);
    heldRows++;
  }

  /** A copy whose held rows are all folded into moments (this object is unchanged). */
  private JointStatistics foldedCopy() {
    JointStatistics copy = new JointStatistics(dimension, 0, linearAlgebra());
    copy.count = count;
    copy.weight = weight;
    copy.foldedWeight = foldedWeight;
    copy.foldedMean = foldedMean == null ? null : foldedMean.clone();
    copy.foldedUpper = foldedUpper == null ? null : foldedUpper.copy();
    copy.fold(heldChunks, heldWeights, heldRows); // only reads this object's rows
    return copy;
  }

  private void foldHeldRows() {
    fold(heldChunks, heldWeights, heldRows);
    // keep one full-size chunk for the next rows
    double[] reuse = heldChunks.isEmpty() || heldChunks.get(0).length < BLOCK_ROWS * dimension ? null
        : heldChunks.get(0);
    heldChunks.clear();
    if (reuse != null) {
      heldChunks.add(reuse);
    }
    if (heldWeights.size() > 1) {
      heldWeights.subList(1, heldWeights.size()).clear();
    }
    heldRows = 0;
  }

  /**
   * Folds the first {@code rows} rows of {@code chunks} (with the weights of {@code weights}), a
   * block at a time, into the moments.
   */
  private void fold(List<double[]> chunks, List<double[]> weights, int rows) {
    if (foldedUpper == null) {
      foldedMean = new double[dimension];
      foldedUpper = linearAlgebra().newAccumulator(dimension);
    }
    for (int start = 0; start < rows; start += BLOCK_ROWS) {
      int end = Math.min(rows, start + BLOCK_ROWS);
      foldBlock(chunks.get(start / BLOCK_ROWS), weights.get(start / BLOCK_ROWS),
          blockMean(chunks, weights, start, end), end - start);
    }
  }

  /**
   * Folds the first {@code rows} rows of a chunk, whose weighted mean is given: M += A^T A with
   * A = [B; sqrt(w) delta^T].
   */
  private void foldBlock(double[] chunk, double[] rowWeights, double[] mean, int rows) {
    double nB = 0;
    for (int i = 0; i < rows; i++) {
      nB += rowWeights[i];
    }
    double nA = foldedWeight;
    double n = nA + nB;
    double scale = Math.sqrt(nA * nB / n);
    DMatrixRMaj a = stage(rows + 1);
    double[] data = a.data;
    for (int i = 0; i < rows; i++) {
      int offset = i * dimension;
      double root = Math.sqrt(rowWeights[i]); // exactly 1 for unit weights: no rounding added
      for (int j = 0; j < dimension; j++) {
        data[offset + j] = root * (chunk[offset + j] - mean[j]);
      }
    }
    int last = rows * dimension;
    for (int j = 0; j < dimension; j++) {
      data[last + j] = scale * (mean[j] - foldedMean[j]);
    }
    foldedUpper.addGram(a);
    updateMean(foldedMean, mean, nB, n);
    foldedWeight = n;
  }

  /** Chan et al.'s pairwise update: folds another shard's (nB, meanB, upper triangle of MB). */
  private void combine(double nB, double[] meanB, SymmetricAccumulator upperB) {
    if (nB == 0) {
      return;
    }
    double nA = foldedWeight;
    double n = nA + nB;
    foldedUpper.add(upperB);
    double scale = Math.sqrt(nA * nB / n);
    DMatrixRMaj a = stage(1);
    for (int j = 0; j < dimension; j++) {
      a.data[j] = scale * (meanB[j] - foldedMean[j]);
    }
    foldedUpper.addGram(a);
    updateMean(foldedMean, meanB, nB, n);
    foldedWeight = n;
  }

  /** mean += (blockMean - mean) * nB / n, the mean half of Chan et al.'s update. */
  private static void updateMean(double[] mean, double[] blockMean, double nB, double n) {
    double fraction = nB / n; // exactly 1 for the first block, so its mean is kept exactly
    for (int j = 0; j < mean.length; j++) {
      mean[j] += (blockMean[j] - mean[j]) * fraction;
    }
  }

  /** The row-major scratch matrix with the given number of rows. */
  private DMatrixRMaj stage(int rows) {
    if (stage == null) {
      stage = new DMatrixRMaj(BLOCK_ROWS + 1, dimension);
    }
    stage.reshape(rows, dimension, false);
    return stage;
  }

  /** The fold's back end; Java if the native one was chosen where this object was made but is missing here. */
  public LinearAlgebra linearAlgebra() {
    return backEnd == LinearAlgebra.Choice.NATIVE && LinearAlgebra.nativeAvailable()
        ? LinearAlgebra.of(LinearAlgebra.Choice.NATIVE) : LinearAlgebra.java();
  }

  /** The held rows' mean over [start, end). */
  private double[] blockMean(List<double[]> chunks, int start, int end) {
    return blockMean(chunks, heldWeights, start, end);
  }

  /** The total weight of held rows [start, end). */
  private double blockWeight(int start, int end) {
    double sum = 0;
    for (int i = start; i < end; i++) {
      sum += heldWeights.get(i / BLOCK_ROWS)[i % BLOCK_ROWS];
    }
    return sum;
  }

  /**
   * The weighted mean of rows [start, end) of row-major chunks of BLOCK_ROWS rows, summed as
   * differences from the first row: a column that is constant gets exactly its value as mean (so
   * exactly zero centred values and variance, rather than rounding noise that would pass for a
   * direction), and large offsets lose less accuracy.
   */
  private double[] blockMean(List<double[]> chunks, List<double[]> weights, int start, int end) {
    double[] first = chunks.get(start / BLOCK_ROWS);
    int firstOffset = (start % BLOCK_ROWS) * dimension;
    double[] sum = new double[dimension];
    double total = weights.get(start / BLOCK_ROWS)[start % BLOCK_ROWS];
    for (int i = start + 1; i < end; i++) {
      double[] chunk = chunks.get(i / BLOCK_ROWS);
      double w = weights.get(i / BLOCK_ROWS)[i % BLOCK_ROWS];
      total += w;
      int offset = (i % BLOCK_ROWS) * dimension;
      for (int j = 0; j < dimension; j++) {
        sum[j] += w * (chunk[offset + j] - first[firstOffset + j]);
      }
    }
    double[] mean = new double[dimension];
    for (int j = 0; j < dimension; j++) {
      mean[j] = first[firstOffset + j] + sum[j] / total;
    }
    return mean;
  }

  /** Records how far every column of the row lies from the first row. */
  private void trackSpread(double[] row) {
    if (firstRow == null) {
      firstRow = row.clone();
      spread = new double[dimension];
      return;
    }
    for (int j = 0; j < dimension; j++) {
      spread[j] = Math.max(spread[j], Math.abs(row[j] - firstRow[j]));
    }
  }

  /** This shard's spreads widened by the other's, measured from this shard's first row. */
  private void mergeSpread(JointStatistics other) {
    if (firstRow == null) {
      firstRow = other.firstRow.clone();
      spread = other.spread.clone();
      return;
    }
    for (int j = 0; j < dimension; j++) {
      // an upper bound of the other's distances from this first row (exact when either is zero)
      double offset = Math.abs(other.firstRow[j] - firstRow[j]);
      spread[j] = Math.max(spread[j], other.spread[j] == 0 ? offset : offset + other.spread[j]);
    }
  }

  /** The message for a value beyond {@link #MAX_MAGNITUDE}; subject names where it is, e.g. "Column 3". */
  public static String magnitudeMessage(String subject, double value) {
    return subject + " has the value " + value + ", beyond +-" + MAX_MAGNITUDE + ", where sums of squares"
        + " would overflow; rescale it (for example with Weka's Standardize filter) before the analysis.";
  }

  /** The message for a column that varies by less than {@link #MIN_SPREAD}. */
  public static String spreadMessage(String subject, double spread) {
    return subject + " varies by only " + spread + ", below " + MIN_SPREAD + ", where its squares would"
        + " underflow and it would pass for a constant; rescale it (for example with Weka's Standardize"
        + " filter) before the analysis.";
  }

  /**
   * A value the statistics cannot take, with the column it was found in: NaN or infinite, beyond
   * {@link #MAX_MAGNITUDE}, or (from {@link #checkSpread}) a column varying by less than
   * {@link #MIN_SPREAD}.
   */
  public static final class ValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 2L;
    private final int column;
    private final double value;

    ValueException(int column, double value) {
      super(describe(column, value));
      this.column = column;
      this.value = value;
    }

    /** The offending value (for a column that varies too little: its spread). */
    public double value() {
      return value;
    }

    private static String describe(int column, double value) {
      String subject = "Column " + column;
      if (!Double.isFinite(value)) {
        return "Value " + value + " in column " + column + " is not finite; remove or replace missing"
            + " and infinite values (for example with a missing-value filter) before the analysis.";
      }
      return Math.abs(value) > MAX_MAGNITUDE ? magnitudeMessage(subject, value) : spreadMessage(subject, value);
    }

    public int column() {
      return column;
    }
  }
}
