package io.github.srdipolicy.benchmarks;

import io.github.srdipolicy.catalog.Catalog;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Catalogue load: finding the sources, building every document and checking every reference.
 * Warm (average over repeated loads in one JVM) and cold (the first load in a fresh JVM, class
 * loading included, over several forks).
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogLoadBenchmark {
  /**
   * Loads the catalogue in a warmed-up JVM.
   *
   * @return the catalogue
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(1)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public Catalog loadWarm() {
    return Catalog.load();
  }

  /**
   * Loads the catalogue once per fresh JVM.
   *
   * @return the catalogue
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public Catalog loadCold() {
    return Catalog.load();
  }
}
