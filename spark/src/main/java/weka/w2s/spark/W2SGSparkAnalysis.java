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

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

import weka.core.Instances;
import weka.w2s.analysis.Analyzer;
import weka.w2s.analysis.Ranking;
import weka.w2s.data.BadInputException;
import weka.w2s.data.RepresentationLayout;
import weka.w2s.core.PairAnalysis;

/**
 * The W2SG analysis of {@code weka.w2s.W2SGAnalysis} on Apache Spark: the same options, table and
 * JSON, on any Spark data source (Parquet, CSV with a header, ORC, JSON) whose representations are
 * numeric, array or vector columns.
 *
 * <p>Each partition is folded into the core's JointStatistics (moments only, d x d for d joint
 * columns); treeAggregate merges them exactly and the driver runs the core's analyzer and report.
 * -top reads the data a second time. Standard output is written only after the analysis succeeded;
 * a problem ends with one message on stderr and a non-zero exit code (2 command line, 1 data).
 */
public final class W2SGSparkAnalysis {

  static final String NAME = "W2SGSparkAnalysis";
  /** More distinct values than this in a text class column is a mistake (an identifier, say). */
  static final int MAX_CLASS_VALUES = 1000;
  /** treeAggregate's depth: sqrt(partitions) partial merges per level on the executors. */
  static final int TREE_DEPTH = 2;

  private W2SGSparkAnalysis() {
  }

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    System.out.flush();
    System.exit(code);
  }

  /**
   * Runs the analysis on the active Spark session if there is one (it is left running), else on a
   * new one for -master (default local[*], or the master spark-submit configured), stopped at the end.
   *
   * @return the exit code: 0 success, 1 bad input, 2 usage error, 3 internal error
   */
  public static int run(String[] argv, PrintStream out, PrintStream err) {
    return run(null, argv, out, err);
  }

  /**
   * Runs the analysis on the given data (then -i only names them in the report), or on the data -i
   * names if {@code given} is null.
   */
  static int run(Dataset<Row> given, String[] argv, PrintStream out, PrintStream err) {
    return SparkTool.run(NAME, usage(), given, argv, out, err, SparkOptions::parse, W2SGSparkAnalysis::analyze);
  }

  static String usage() {
    return String.join("\n",
        "Usage: w2sg-spark -i <data> -weak <columns> [-weak <columns> ...] -strong <columns> [...] [options]",
        "   or: spark-submit --class weka.w2s.spark.W2SGSparkAnalysis ... -i <data> ...",
        "",
        "The W2SG analysis of weka.w2s.W2SGAnalysis on Apache Spark: ranks every (weak, strong) pair of",
        "representations as it does; same options, table and JSON. A selection names columns",
        "(1-based indices or name:REGEX); a numeric column is one value, an array or vector column one",
        "value per element.",
        "",
        "Options:",
        "  -i <path>               a Spark data source: Parquet, CSV with a header, ORC or JSON (file,",
        "                          directory or any Hadoop path)",
        "  -format <format>        parquet, csv, orc or json (default: from the name's extension)",
        "  -master <url>           Spark master (default local[*], or the one spark-submit sets)",
        SparkOptions.analysisOptionLines().replace("reads the file twice", "reads the data twice"),
        "  -weight <column>        a numeric column of instance weights: frequencies, as W2SGAnalysis takes",
        "                          ARFF weights (a row of weight 2 counts twice; finite and >= 0)",
        "  -json                   one JSON object per pair and line instead of the table",
        "  -h, -help               print this help",
        "",
        "Exit codes: 0 success, 1 the data or the ranges do not fit, 2 the command line is wrong.",
        "");
  }

  private static String analyze(Dataset<Row> data, SparkOptions s, PrintStream err)
      throws BadInputException {
    Prepared prepared = prepare(data, s.settings.weak(), s.settings.strong(), s.settings.classSpec(), s.weight, "",
        s.settings.skipMissing());
    RowReader reader = prepared.reader;
    RepresentationLayout layout = reader.layout();
    JavaRDD<Row> rows = prepared.rows;
    PartitionMoments total = aggregate(rows, reader);
    RowProblem problem = total.problem();
    if (problem != null) {
      throw new BadInputException(problem.message(total.offset(problem.partition) + problem.localRow,
          prepared.header, layout));
    }
    if (total.statistics().count() < 2) {
      throw new BadInputException("The analysis needs at least two instances of positive weight, but '"
          + s.input + "' has " + total.statistics().count() + (total.skipped() > 0 ? " (" + total.skipped() + " of "
              + total.read() + " skipped for missing values)" : "") + ". Give more data.");
    }
    if (total.skipped() > 0) {
      err.println(NAME + ": skipped " + total.skipped() + " of " + total.read()
          + " instances with missing values (-skip-missing).");
    }

    Ranking ranking = new Analyzer(s.settings, NAME, err).rank(total.statistics(),
        layout.withSpecs(s.settings.weak(), s.settings.strong()), s.input, total.skipped(),
        total.weighted() ? total.statistics().weight() : Double.NaN,
        Ranking.labelDescription(prepared.header));
    if (s.settings.top() > 0) {
      ranking = ranking.withTop(top(rows, reader, ranking.pairs().get(0), s.settings.top(),
          total.offsets(rows.getNumPartitions()), prepared.classValues, total, s.input));
    }
    return s.json ? ranking.json() : ranking.table();
  }

  /** Folds every partition into moments and merges them, sqrt(partitions) at a time, on the executors. */
  static PartitionMoments aggregate(JavaRDD<Row> rows, RowReader reader) {
    return rows
        .mapPartitionsWithIndex((p, it) -> Collections.singletonList(PartitionMoments.fold(p, it, reader))
            .iterator(), false)
        .treeAggregate(PartitionMoments.empty(reader.dimension()), PartitionMoments::merge,
            PartitionMoments::merge, TREE_DEPTH);
  }

  /** The data's selected columns as rows, and how to read them into joint rows. */
  static final class Prepared {
    final JavaRDD<Row> rows;
    final RowReader reader;
    final Instances header;
    final List<String> classValues;

    private Prepared(JavaRDD<Row> rows, RowReader reader, Instances header, List<String> classValues) {
      this.rows = rows;
      this.reader = reader;
      this.header = header;
      this.classValues = classValues;
    }
  }

  /**
   * Resolves the selections against the columns and projects the data onto the selected ones.
   *
   * @param classSpec the class column, or null for none
   * @param weight    the column of instance weights, or "" for none
   * @param key       the row-key column, or "" for none
   */
  static Prepared prepare(Dataset<Row> data, List<String> weak, List<String> strong, String classSpec, String weight,
      String key, boolean skipMissing) throws BadInputException {
    ColumnSchema schema = new ColumnSchema(data.schema());
    int classColumn = classSpec == null ? -1 : schema.classColumn(classSpec);
    boolean nominalClass = classColumn >= 0 && schema.nominal(classColumn);

    // selections over the columns, checked by the core against one attribute per column (the class
    // values are not needed for that: placeholders until a job has collected them)
    Instances columnHeader = schema.columnHeader(classColumn, nominalClass ? List.of("a", "b") : null);
    List<int[]> weakColumns = new ArrayList<>();
    List<int[]> strongColumns = new ArrayList<>();
    boolean[] needed = new boolean[schema.size()];
    for (String spec : weak) {
      weakColumns.add(mark(ColumnSchema.select(columnHeader, spec, "weak"), needed));
    }
    for (String spec : strong) {
      strongColumns.add(mark(ColumnSchema.select(columnHeader, spec, "strong"), needed));
    }
    List<String> classValues = nominalClass ? classValues(data, schema, classColumn) : null;
    if (classColumn >= 0) {
      // the core's class checks (numeric or nominal, two values at least) before the pass
      RepresentationLayout.resolve(schema.columnHeader(classColumn, classValues), List.of(), List.of(), true);
      needed[classColumn] = true;
    }
    int weightColumn = weight.isEmpty() ? -1 : numericColumn(schema, weight, needed, "-weight",
        "the column of instance weights", "instance weights are numbers");
    int keyColumn = key.isEmpty() ? -1 : numericColumn(schema, key, needed, "-id",
        "the column that identifies each row", "a row key is a number");

    List<Column> projection = new ArrayList<>();
    List<Integer> fields = new ArrayList<>();
    for (int c = 0; c < schema.size(); c++) {
      if (needed[c]) {
        projection.add(schema.projected(c, c == classColumn));
        fields.add(c);
      }
    }
    Dataset<Row> projected = data.select(projection.toArray(new Column[0]));
    int[] widths = widths(projected, schema, fields, classColumn);

    // the joint attributes: arrays and vectors expanded, one attribute per element
    int[] starts = new int[schema.size()];
    for (int c = 1; c < schema.size(); c++) {
      starts[c] = starts[c - 1] + widths[c - 1];
    }
    Instances header = schema.expandedHeader(widths, classColumn, classValues);
    List<String> weakRanges = new ArrayList<>();
    for (int[] cols : weakColumns) {
      weakRanges.add(ColumnSchema.expandedRange(cols, starts, widths));
    }
    List<String> strongRanges = new ArrayList<>();
    for (int[] cols : strongColumns) {
      strongRanges.add(ColumnSchema.expandedRange(cols, starts, widths));
    }
    RepresentationLayout layout = RepresentationLayout.resolve(header, weakRanges, strongRanges, classColumn >= 0);

    ColumnSchema.Kind[] kinds = new ColumnSchema.Kind[fields.size()];
    String[] names = new String[fields.size()];
    int[] fieldStarts = new int[fields.size()];
    int[] fieldWidths = new int[fields.size()];
    int classField = -1;
    int weightField = -1;
    int keyField = -1;
    for (int f = 0; f < fields.size(); f++) {
      int c = fields.get(f);
      if (c == weightColumn) {
        weightField = f;
      }
      if (c == keyColumn) {
        keyField = f;
      }
      kinds[f] = c == classColumn ? ColumnSchema.Kind.SCALAR : schema.kind(c);
      names[f] = schema.name(c);
      fieldStarts[f] = starts[c];
      fieldWidths[f] = widths[c];
      if (c == classColumn) {
        classField = f;
      }
    }
    RowReader reader = new RowReader(layout, kinds, names, fieldStarts, fieldWidths, classField, classValues,
        weightField, keyField, header.numAttributes(), skipMissing);

    return new Prepared(projected.javaRDD(), reader, header, classValues);
  }

  /**
   * A column of numbers beside the data (-weight, -id): it exists, is numeric, and is neither in a
   * representation nor the class.
   */
  private static int numericColumn(ColumnSchema schema, String name, boolean[] needed, String option, String purpose,
      String why) throws BadInputException {
    int column = schema.column(name);
    if (column < 0) {
      throw new BadInputException("There is no column '" + name + "' for " + option + "; give the name of " + purpose
          + ".");
    }
    if (schema.kind(column) != ColumnSchema.Kind.SCALAR) {
      throw new BadInputException("The " + option + " column '" + name + "' is not a numeric column; " + why + ".");
    }
    if (needed[column]) {
      throw new BadInputException("The " + option + " column '" + name + "' is also in a representation or the class;"
          + " leave it out of them.");
    }
    needed[column] = true;
    return column;
  }

  private static int[] mark(int[] columns, boolean[] needed) {
    for (int c : columns) {
      needed[c] = true;
    }
    return columns;
  }

  /** The distinct values of a text or boolean class column, sorted: class codes 0, 1, ... */
  private static List<String> classValues(Dataset<Row> data, ColumnSchema schema, int classColumn)
      throws BadInputException {
    Column col = schema.projected(classColumn, true);
    List<String> values = new ArrayList<>();
    for (Row r : data.select(col).where(col.isNotNull()).distinct().limit(MAX_CLASS_VALUES + 1).collectAsList()) {
      values.add(r.getString(0));
    }
    if (values.size() > MAX_CLASS_VALUES) {
      throw new BadInputException("The class '" + schema.name(classColumn) + "' has more than " + MAX_CLASS_VALUES
          + " distinct values; give a numeric column for a numeric class, or a column of class names.");
    }
    Collections.sort(values);
    return values;
  }

  /** 1 per scalar column and the class; the first row's length for each array and vector column. */
  private static int[] widths(Dataset<Row> projected, ColumnSchema schema, List<Integer> fields, int classColumn)
      throws BadInputException {
    int[] widths = new int[schema.size()];
    java.util.Arrays.fill(widths, 1);
    List<Column> sizes = new ArrayList<>();
    List<Integer> arrays = new ArrayList<>();
    for (int f = 0; f < fields.size(); f++) {
      int c = fields.get(f);
      if (c != classColumn && schema.kind(c) != ColumnSchema.Kind.SCALAR) {
        sizes.add(functions.size(projected.col("c" + c)));
        arrays.add(c);
      }
    }
    if (arrays.isEmpty()) {
      return widths;
    }
    List<Row> first = projected.select(sizes.toArray(new Column[0])).takeAsList(1);
    if (first.isEmpty()) {
      return widths; // no rows: the count check reports it
    }
    for (int i = 0; i < arrays.size(); i++) {
      int c = arrays.get(i);
      int size = first.get(0).getInt(i);
      if (size < 1) { // -1 for null
        throw new BadInputException("Column '" + schema.name(c) + "' is " + (size < 0 ? "missing" : "empty")
            + " in row 1; its length gives the representation's number of columns.");
      }
      widths[c] = size;
    }
    return widths;
  }

  /** -top's second pass: the m largest |P_s (I - P_w) y| of each partition, then of all. */
  private static List<Ranking.Contribution> top(JavaRDD<Row> rows, RowReader reader, Ranking.Pair bestPair, int m,
      long[] offsets, List<String> classValues, PartitionMoments first, String input) throws BadInputException {
    PairAnalysis best = bestPair.analysis();
    int[] strongColumns = bestPair.strongColumns();
    List<List<Ranking.Contribution>> parts = rows.mapPartitionsWithIndex((p, it) -> {
      PriorityQueue<Ranking.Contribution> heap = new PriorityQueue<>(KEEP_ORDER);
      double[] joint = new double[reader.dimension()];
      long n = 0;
      while (it.hasNext()) {
        Row row = it.next();
        n++;
        if (reader.read(row, joint, p, n) != RowReader.Outcome.USED) {
          continue;
        }
        double[] strong = new double[strongColumns.length];
        for (int i = 0; i < strong.length; i++) {
          strong[i] = joint[strongColumns[i]];
        }
        double[] values = best.contribution(strong);
        double sum = 0;
        for (double v : values) {
          sum += v * v;
        }
        heap.add(new Ranking.Contribution(offsets[p] + n, reader.classText(classValues), values, Math.sqrt(sum)));
        if (heap.size() > m) {
          heap.poll();
        }
      }
      List<Ranking.Contribution> kept = new ArrayList<>(heap);
      // the last entry carries the partition's row count, for the check that the data did not change
      kept.add(new Ranking.Contribution(-1, Long.toString(n), new double[0], 0));
      return Collections.singletonList(kept).iterator();
    }, false).collect();
    PriorityQueue<Ranking.Contribution> heap = new PriorityQueue<>(KEEP_ORDER);
    long read = 0;
    for (List<Ranking.Contribution> part : parts) {
      read += Long.parseLong(part.get(part.size() - 1).label());
      for (Ranking.Contribution e : part.subList(0, part.size() - 1)) {
        heap.add(e);
        if (heap.size() > m) {
          heap.poll();
        }
      }
    }
    if (read != first.read()) {
      throw new BadInputException("'" + input + "' changed between the two passes of -top (" + first.read()
          + " then " + read + " rows); run again on data that are not being written.");
    }
    List<Ranking.Contribution> top = new ArrayList<>(heap);
    top.sort(KEEP_ORDER.reversed());
    return top;
  }

  /** The heap's head is the smallest kept entry: smaller magnitude, then later row (as W2SGAnalysis). */
  private static final Comparator<Ranking.Contribution> KEEP_ORDER = (Comparator<Ranking.Contribution> & java.io.Serializable) (a, b) -> {
    int c = Double.compare(a.magnitude(), b.magnitude());
    return c != 0 ? c : Long.compare(b.row(), a.row());
  };
}
