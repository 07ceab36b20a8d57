package io.github.srdipolicy.benchmarks;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.CriteriaInputs;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.screening.Population;
import io.github.srdipolicy.screening.PopulationGenerator;
import io.github.srdipolicy.screening.Screener;
import io.github.srdipolicy.screening.ScreeningResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Screening throughput on one or two threads: a synthetic population (15% missing values)
 * against every criteria of every document in force. {@code spread}: firms over every
 * jurisdiction, each screened against the criteria of its chain; {@code jiaohe}: every firm in
 * 蛟河市, against the criteria of its chain (national, Jilin, Jilin city, Jiaohe). Firms per
 * second = size / (seconds per operation); see {@link #columnsRead(String)} for the bytes read.
 * Sample-time mode: on a shared machine the fastest samples (least disturbed) are reported
 * beside the median.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScreeningBenchmark {
  /** Number of firms. */
  @Param({"1000000"})
  public int size;

  /** Threads screening. */
  @Param({"1", "2"})
  public int threads;

  /** Where the firms are registered: {@code spread} or {@code jiaohe}. */
  @Param({"spread", "jiaohe"})
  public String firms;

  private Screener screener;
  private Population population;
  private ForkJoinPool pool;

  /** Builds the screener and the population, outside the measurement. */
  @Setup(Level.Trial)
  public void setUp() {
    Catalog catalog = Fixtures.catalog();
    screener = Screener.of(catalog, Fixtures.DATE);
    PopulationGenerator gen = PopulationGenerator.forScreener(screener, catalog.indicators(), where(catalog, firms),
        2026, 0.15);
    population = gen.population(screener, size, Fixtures.DATE);
    pool = new ForkJoinPool(threads);
  }

  private static List<JurisdictionCode> where(Catalog catalog, String firms) {
    return firms.equals("jiaohe") ? List.of(JurisdictionCode.of("220281"))
        : catalog.jurisdictions().stream().map(Jurisdiction::code).toList();
  }

  /**
   * The criteria that apply to some firm of a population and the bytes of columns they read per
   * firm: a "known" bit per indicator, declaration or tier, the bits of its code (the screener
   * stores a slot tested at few values as its rank among those values, bit-sliced: a declaration
   * is one bit, a threshold tested at up to three values two), plus 8 bytes of fixed-point value
   * for a slot read raw (the summands of a sum); each column being read once per word of 64 firms
   * (shared nodes read it again only from cache). The encoding is the screener's own, read through
   * its package-private {@code bytesPerFirm} (reflection: it is no public API).
   *
   * @param firms {@code spread} or {@code jiaohe}
   * @return {applicable criteria, bytes per firm}
   */
  static double[] columnsRead(String firms) {
    Catalog catalog = Fixtures.catalog();
    Screener screener = Screener.of(catalog, Fixtures.DATE);
    Set<InputRef> inputs = new HashSet<>();
    Set<JurisdictionCode> chains = where(catalog, firms).stream().flatMap(c -> catalog.chain(c).stream())
        .map(Jurisdiction::code).collect(Collectors.toSet());
    int applicable = 0;
    for (EligibilityCriteria c : screener.criteria()) {
      if (chains.contains(catalog.documentOf(c.id()).jurisdiction())) {
        applicable++;
        inputs.addAll(CriteriaInputs.of(c));
      }
    }
    try {
      java.lang.reflect.Method bytes = Screener.class.getDeclaredMethod("bytesPerFirm", java.util.Collection.class);
      bytes.setAccessible(true);
      return new double[] {applicable, (double) bytes.invoke(screener, inputs)};
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Screener.bytesPerFirm(Collection) is gone: update columnsRead", e);
    }
  }

  /** Stops the pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdown();
  }

  /**
   * Screens the whole population against every criteria, on the benchmark's threads (a parallel
   * stream started inside a pool runs on that pool).
   *
   * @return the result, so that the work is not optimised away
   * @throws Exception if screening fails
   */
  @Benchmark
  public ScreeningResult screenAll() throws Exception {
    return pool.submit(() -> screener.screen(population)).get();
  }
}
