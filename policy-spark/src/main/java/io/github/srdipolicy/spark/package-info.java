/**
 * Screening whole enterprise registries on Apache Spark.
 *
 * <p>{@link io.github.srdipolicy.spark.SparkScreening} turns a {@code Dataset<Row>} of firms, read
 * through a {@link io.github.srdipolicy.spark.ColumnMapping}, into outcomes for every tier
 * applicable to each firm on a date, with invalid rows in a separate error output. The catalogue
 * recipe is broadcast once; each executor compiles the screener once and screens its partitions
 * block by block with the bitwise screener of {@code io.github.srdipolicy.screening}. {@link
 * io.github.srdipolicy.spark.ScreenRegistryJob} is the {@code spark-submit} entry point.
 */
package io.github.srdipolicy.spark;
