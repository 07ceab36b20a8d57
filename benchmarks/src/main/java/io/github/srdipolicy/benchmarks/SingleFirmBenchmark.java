package io.github.srdipolicy.benchmarks;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.national.NationalTiers;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Explained single-firm work: one criteria with its full trace (and the same outcome alone),
 * every tier in force for a Jiaohe firm, and the JSON serialisation of those reports. Sample-time mode, so percentiles (the
 * median included) are reported.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SingleFirmBenchmark {
  private Catalog catalog;
  private EnterpriseProfile firm;
  private EligibilityCriteria littleGiant;
  private List<EligibilityReport> reports;

  /** Loads the catalogue and prepares the firm. */
  @Setup
  public void setUp() {
    catalog = Fixtures.catalog();
    firm = Fixtures.jiaoheFirm();
    littleGiant = catalog.criteriaFor(NationalTiers.LITTLE_GIANT, Fixtures.DATE).get(0);
    reports = catalog.match(firm, Fixtures.DATE);
  }

  /**
   * One criteria (the national little giant in force) with its trace.
   *
   * @return the report
   */
  @Benchmark
  public EligibilityReport explainOneTier() {
    return catalog.evaluator().evaluate(littleGiant, firm, Fixtures.DATE);
  }

  /**
   * The same criteria, outcome only (no trace).
   *
   * @return the outcome
   */
  @Benchmark
  public Outcome outcomeOneTier() {
    return catalog.evaluator().outcome(littleGiant, firm, Fixtures.DATE);
  }

  /**
   * Every criteria of every document in force for the firm, each with its trace.
   *
   * @return the reports
   */
  @Benchmark
  public List<EligibilityReport> matchAllTiers() {
    return catalog.match(firm, Fixtures.DATE);
  }

  /**
   * The match reports as JSON for a web front end.
   *
   * @return the JSON text
   */
  @Benchmark
  public String serialiseReports() {
    return PolicyJson.write(reports);
  }
}
