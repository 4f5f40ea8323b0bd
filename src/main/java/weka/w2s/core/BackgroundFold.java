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

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Adds rows to a {@link JointStatistics} on a background thread, so that the caller can parse the
 * next rows while the previous ones are folded. Rows are copied into blocks; one worker thread adds
 * every block's rows in arrival order, so the statistics receive exactly the sequence of
 * {@link JointStatistics#add} calls that the caller made and the result is bit for bit that of the
 * sequential loop. At most {@value #DEPTH} blocks are in flight, so memory stays bounded.
 *
 * <p>An exception of {@code add} (a non-finite value) is rethrown, unchanged, by a later
 * {@link #add} or by {@link #finish}. Close it (try-with-resources) to stop the thread on every path.
 */
public final class BackgroundFold implements AutoCloseable {

  /** Rows handed over at a time: enough to make the hand-over cost nothing per row. */
  static final int BLOCK_ROWS = 256;
  /** Blocks submitted and not yet folded: one being folded, one waiting while the caller fills a third. */
  static final int DEPTH = 2;

  private final JointStatistics stats;
  private final int dimension;
  private final ExecutorService worker;
  private final ArrayDeque<Future<Block>> pending = new ArrayDeque<>();
  private final ArrayDeque<Block> free = new ArrayDeque<>();
  private Block filling;
  private int filled;
  private boolean finished;

  public BackgroundFold(JointStatistics stats) {
    this.stats = stats;
    this.dimension = stats.dimension();
    this.worker = Executors.newSingleThreadExecutor(task -> {
      Thread t = new Thread(task, "w2s-fold");
      t.setDaemon(true); // never keeps the JVM alive
      return t;
    });
    this.filling = new Block(dimension);
  }

  /** Rows and their weights. */
  private static final class Block {
    final double[][] rows;
    final double[] weights = new double[BLOCK_ROWS];

    Block(int dimension) {
      rows = new double[BLOCK_ROWS][dimension];
    }
  }

  /** Queues a copy of the row, of weight 1; the statistics see it in this order. */
  public void add(double[] row) {
    add(row, 1);
  }

  /** Queues a copy of the row with its weight (see {@link JointStatistics#add(double[], double)}). */
  public void add(double[] row, double weight) {
    if (finished) {
      throw new IllegalStateException("add after finish");
    }
    if (row.length != dimension) {
      throw new IllegalArgumentException("Row has " + row.length + " values, expected " + dimension + ".");
    }
    filling.weights[filled] = weight;
    System.arraycopy(row, 0, filling.rows[filled++], 0, dimension);
    if (filled == BLOCK_ROWS) {
      submit();
      filling = free.isEmpty() ? new Block(dimension) : free.poll();
    }
  }

  /** Waits until every row has been added and returns the statistics. */
  public JointStatistics finish() {
    if (!finished) {
      finished = true;
      if (filled > 0) {
        submit();
      }
      while (!pending.isEmpty()) {
        await(pending.poll());
      }
    }
    return stats;
  }

  /** Stops the worker; after {@link #finish} it is idle, otherwise queued blocks are dropped. */
  @Override
  public void close() {
    worker.shutdownNow();
  }

  private void submit() {
    Block block = filling;
    int rows = filled;
    filling = null;
    filled = 0;
    pending.add(worker.submit(() -> {
      for (int i = 0; i < rows; i++) {
        stats.add(block.rows[i], block.weights[i]);
      }
      return block;
    }));
    if (pending.size() > DEPTH) {
      free.add(await(pending.poll()));
    }
  }

  private static Block await(Future<Block> block) {
    try {
      return block.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while the statistics were being folded.", e);
    }
  }
}
