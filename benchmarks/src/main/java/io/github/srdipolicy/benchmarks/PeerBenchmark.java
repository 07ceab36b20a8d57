package io.github.srdipolicy.benchmarks;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.dmn.DmnModel;
import io.github.srdipolicy.engine.EligibilityEvaluator;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.national.NationalTiers;
import io.github.srdipolicy.screening.PopulationGenerator;
import io.github.srdipolicy.screening.Screener;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.kie.dmn.api.core.DMNResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One firm at a time, the library against Drools on the exported DMN, in the same JVM on the
 * same generated firms (2,048 of them, cycled; 15% of values missing, spread over every
 * jurisdiction): the library's outcome-only path, its explained path, and Drools evaluating
 * the same decisions of the generated model. Criteria: {@code two} (the national little giant
 * and innovative SME criteria in force, for every firm) or {@code applicable} (every criteria in
 * force that applies to the firm's jurisdiction). Setup checks that Drools and the library agree
 * on every firm. One op is one firm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class PeerBenchmark {
  private static final int FIRMS = 2048;

  /** Which criteria each firm is evaluated against. */
  @Param({"two", "applicable"})
  public String criteria;

  private EligibilityEvaluator evaluator;
  private EnterpriseProfile[] firms;
  private List<EligibilityCriteria>[] lists;
  private String[][] decisions;
  private DroolsPeer drools;
  private int next;

  /** Builds the firms, the model and the Drools runtime, and checks that both sides agree. */
  @Setup
  @SuppressWarnings("unchecked")
  public void setUp() {
    Catalog catalog = Fixtures.catalog();
    evaluator = catalog.evaluator();
    DmnModel dmn = DmnModel.of(catalog, Optional.of(Fixtures.DATE));
    drools = new DroolsPeer(dmn);
    PopulationGenerator gen = PopulationGenerator.forScreener(Screener.of(catalog, Fixtures.DATE), catalog.indicators(),
        catalog.jurisdictions().stream().map(Jurisdiction::code).toList(), 2026, 0.15);
    List<EligibilityCriteria> two = List.of(catalog.criteriaFor(NationalTiers.LITTLE_GIANT, Fixtures.DATE).get(0),
        catalog.criteriaFor(NationalTiers.INNOVATIVE_SME, Fixtures.DATE).get(0));
    firms = new EnterpriseProfile[FIRMS];
    lists = new List[FIRMS];
    decisions = new String[FIRMS][];
    for (int i = 0; i < FIRMS; i++) {
      firms[i] = gen.profile(i);
      Set<JurisdictionCode> chain = catalog.chain(firms[i].jurisdiction()).stream().map(Jurisdiction::code)
          .collect(Collectors.toSet());
      List<Integer> indexes = new ArrayList<>();
      for (int c = 0; c < dmn.criteria().size(); c++) {
        EligibilityCriteria crit = dmn.criteria().get(c);
        boolean wanted = criteria.equals("two") ? two.contains(crit)
            : chain.contains(catalog.documentOf(crit.id()).jurisdiction());
        if (wanted) {
          indexes.add(c);
        }
      }
      int[] idx = indexes.stream().mapToInt(Integer::intValue).toArray();
      lists[i] = indexes.stream().map(dmn.criteria()::get).toList();
      decisions[i] = indexes.stream().map(dmn::decisionName).toArray(String[]::new);
      drools.check(firms[i], Fixtures.DATE, idx, evaluator.outcomes(lists[i], firms[i], Fixtures.DATE));
    }
  }

  private int nextFirm() {
    int i = next;
    next = (i + 1) & (FIRMS - 1);
    return i;
  }

  /**
   * The library, outcomes only.
   *
   * @return the outcomes
   */
  @Benchmark
  public List<Outcome> libraryOutcomeOnly() {
    int i = nextFirm();
    return evaluator.outcomes(lists[i], firms[i], Fixtures.DATE);
  }

  /**
   * The library, explained (trace, missing inputs, gaps).
   *
   * @return the reports
   */
  @Benchmark
  public List<EligibilityReport> libraryExplained() {
    int i = nextFirm();
    return evaluator.evaluateAll(lists[i], firms[i], Fixtures.DATE);
  }

  /**
   * Drools on the exported DMN, the same decisions; the inputs are built from the profile.
   *
   * @return the result
   */
  @Benchmark
  public DMNResult drools() {
    int i = nextFirm();
    return drools.evaluate(firms[i], Fixtures.DATE, decisions[i]);
  }
}
