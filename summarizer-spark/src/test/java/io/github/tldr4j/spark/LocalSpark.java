package io.github.tldr4j.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local {@code SparkSession} of the test JVM ({@code local[2]}, no UI), started on first
 * use and shared by every test class: starting Spark takes seconds, a test milliseconds.
 */
final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("tldr4j-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .getOrCreate();
    }
    return session;
  }
}
