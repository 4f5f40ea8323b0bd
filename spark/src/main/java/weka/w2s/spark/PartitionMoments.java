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

package weka.w2s.spark;

import java.io.Serializable;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Row;

import weka.w2s.core.JointStatistics;

/**
 * What one partition (and, merged, the whole data set) contributes: the core's joint statistics,
 * folded into moments (d x d, however many rows), the rows read per partition and the first unusable
 * row. Merging is exact (Chan et al.'s pairwise update in {@link JointStatistics#merge}).
 */
final class PartitionMoments implements Serializable {

  private static final long serialVersionUID = 1L;

  private JointStatistics stats;
  private long skipped;
  /** Whether some row's weight differs from 1 (the report then gives the total weight). */
  private boolean weighted;
  /** Rows read per partition: the offsets that turn a partition's row numbers into the file's. */
  private final TreeMap<Integer, Long> read = new TreeMap<>();
  private RowProblem problem;

  private PartitionMoments(JointStatistics stats) {
    this.stats = stats;
  }

  /** Nothing yet: treeAggregate's zero. */
  static PartitionMoments empty(int dimension) {
    return new PartitionMoments(new JointStatistics(dimension, 0));
  }

  /** Folds a partition's rows; stops at the first unusable one. */
  static PartitionMoments fold(int partition, Iterator<Row> rows, RowReader reader) {
    // rowLimit 0: fold at once, never hold rows for a Gram path
    JointStatistics local = new JointStatistics(reader.dimension(), 0);
    PartitionMoments m = new PartitionMoments(null);
    double[] joint = new double[reader.dimension()];
    long n = 0;
    try {
      while (rows.hasNext()) {
        Row row = rows.next();
        n++;
        if (reader.read(row, joint, partition, n) == RowReader.Outcome.USED) {
          double weight = reader.weight();
          local.add(joint, weight);
          m.weighted |= weight != 1;
        } else {
          m.skipped++;
        }
      }
    } catch (RowProblem p) {
      m.problem = p;
    }
    m.read.put(partition, n);
    m.stats = compact(local);
    return m;
  }

  /**
   * The statistics with nothing but the moments: JointStatistics keeps up to one block of unfolded
   * rows (and a buffer for them), which would otherwise travel with the result.
   */
  static JointStatistics compact(JointStatistics local) {
    JointStatistics out = new JointStatistics(local.dimension(), 0);
    if (local.count() > 0) {
      out.merge(local);
    }
    return out;
  }

  /** Adds the other's moments and counts to this one and returns this (treeAggregate's two ops). */
  PartitionMoments merge(PartitionMoments other) {
    stats.merge(other.stats); // both hold moments only, and so does the result
    skipped += other.skipped;
    weighted |= other.weighted;
    for (Map.Entry<Integer, Long> e : other.read.entrySet()) {
      read.merge(e.getKey(), e.getValue(), Long::sum);
    }
    if (other.problem != null && other.problem.before(problem)) {
      problem = other.problem;
    }
    return this;
  }

  JointStatistics statistics() {
    return stats;
  }

  boolean weighted() {
    return weighted;
  }

  long skipped() {
    return skipped;
  }

  long read() {
    return read.values().stream().mapToLong(Long::longValue).sum();
  }

  RowProblem problem() {
    return problem;
  }

  /** Rows in the partitions before this one: partition p's row r is row offset(p) + r of the data. */
  long offset(int partition) {
    return read.headMap(partition).values().stream().mapToLong(Long::longValue).sum();
  }

  /** Offsets of every partition, indexed by partition. */
  long[] offsets(int partitions) {
    long[] out = new long[partitions];
    for (int p = 0; p < partitions; p++) {
      out[p] = offset(p);
    }
    return out;
  }
}
