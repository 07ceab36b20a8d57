package io.github.srdipolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.testing.Generators;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The outcome-only path gives the explained engine's outcome on every input. */
class OutcomeOnlyPropertiesTest {
  private static final EligibilityEvaluator EVALUATOR = EligibilityEvaluator.DEFAULT;

  @Provide
  Arbitrary<EligibilityCriteria> criteria() {
    return Generators.criteria(Generators.tree(3));
  }

  @Provide
  Arbitrary<EnterpriseProfile> profiles() {
    return Generators.profile();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    // Generated holdings start on 2023-01-01: dates on both sides of it.
    return Arbitraries.of(
        LocalDate.of(2022, 6, 1), LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 1));
  }

  @Property(tries = 10_000)
  @Label("outcome(criteria, firm, date) equals the explained report's outcome")
  void outcomeEqualsExplained(
      @ForAll("criteria") EligibilityCriteria criteria,
      @ForAll("profiles") EnterpriseProfile firm,
      @ForAll("dates") LocalDate date) {
    assertEquals(
        EVALUATOR.evaluate(criteria, firm, date).outcome(),
        EVALUATOR.outcome(criteria, firm, date));
  }

  @Property(tries = 1_000)
  @Label("outcomes(list, firm, date) equals the explained outcome of each, in order")
  void outcomesEqualExplained(
      @ForAll("criteriaLists") List<EligibilityCriteria> criteria,
      @ForAll("profiles") EnterpriseProfile firm,
      @ForAll("dates") LocalDate date) {
    List<Outcome> expected =
        EVALUATOR.evaluateAll(criteria, firm, date).stream()
            .map(EligibilityReport::outcome)
            .toList();
    assertEquals(expected, EVALUATOR.outcomes(criteria, firm, date));
  }

  @Provide
  Arbitrary<List<EligibilityCriteria>> criteriaLists() {
    return criteria().list().ofMinSize(0).ofMaxSize(4);
  }
}
