package weka.w2s.spark;

import org.apache.spark.sql.SparkSession;

/** One local[2] Spark session for all tests of the JVM (starting Spark takes seconds). */
final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {
  }

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder().appName("weakToStrongSpark-tests").master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .getOrCreate();
    }
    SparkSession.setActiveSession(session);
    return session;
  }
}
