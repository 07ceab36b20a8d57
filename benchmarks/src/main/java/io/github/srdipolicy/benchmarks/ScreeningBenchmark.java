package io.github.srdipolicy.benchmarks;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.screening.Population;
import io.github.srdipolicy.screening.PopulationGenerator;
import io.github.srdipolicy.screening.Screener;
import io.github.srdipolicy.screening.ScreeningResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Screening throughput: a synthetic population (15% missing values, firms spread over every
 * jurisdiction) against every criteria of every document in force, on all cores. Firms per
 * second = size / (seconds per operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScreeningBenchmark {
  /** Number of firms. */
  @Param({"10000", "100000", "1000000"})
  public int size;

  private Screener screener;
  private Population population;

  /** Builds the screener and the population, outside the measurement. */
  @Setup(Level.Trial)
  public void setUp() {
    Catalog catalog = Fixtures.catalog();
    screener = Screener.of(catalog, Fixtures.DATE);
    PopulationGenerator gen = PopulationGenerator.forScreener(screener, catalog.indicators(),
        catalog.jurisdictions().stream().map(Jurisdiction::code).toList(), 2026, 0.15);
    population = gen.population(screener, size, Fixtures.DATE);
  }

  /**
   * Screens the whole population against every criteria.
   *
   * @return the result, so that the work is not optimised away
   */
  @Benchmark
  public ScreeningResult screenAll() {
    return screener.screen(population);
  }
}
