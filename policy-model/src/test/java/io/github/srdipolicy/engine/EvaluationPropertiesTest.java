package io.github.srdipolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.AtLeast;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.testing.Generators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the engine over random fake criteria and random, partly missing profiles. */
class EvaluationPropertiesTest {
  private static final EligibilityEvaluator EVALUATOR = EligibilityEvaluator.DEFAULT;
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  @Provide
  Arbitrary<Condition> trees() {
    return Generators.tree(3);
  }

  @Provide
  Arbitrary<Condition> monotoneTrees() {
    return Generators.monotoneTree(3);
  }

  @Provide
  Arbitrary<EnterpriseProfile> profiles() {
    return Generators.profile();
  }

  @Provide
  Arbitrary<EligibilityCriteria> criteria() {
    return Generators.criteria(Generators.tree(2));
  }

  @Provide
  Arbitrary<Outcome> outcomes() {
    return Arbitraries.of(Outcome.values());
  }

  @Property(tries = 1000)
  @Label("Kleene laws: commutative, associative, distributive, De Morgan, with UNDETERMINED")
  void kleeneLaws(
      @ForAll("outcomes") Outcome a, @ForAll("outcomes") Outcome b, @ForAll("outcomes") Outcome c) {
    assertEquals(a.and(b), b.and(a));
    assertEquals(a.or(b), b.or(a));
    assertEquals(a.and(b.and(c)), a.and(b).and(c));
    assertEquals(a.or(b.or(c)), a.or(b).or(c));
    assertEquals(a.and(b.or(c)), a.and(b).or(a.and(c)));
    assertEquals(a.and(b).not(), a.not().or(b.not()));
    assertEquals(a, a.and(Outcome.ELIGIBLE));
    assertEquals(a, a.or(Outcome.NOT_ELIGIBLE));
    assertEquals(a, a.not().not());
  }

  @Property(tries = 1000)
  @Label(
      "the engine combines children by Kleene logic: all-of is the conjunction, any-of the disjunction")
  void combinatorsFollowKleene(
      @ForAll("trees") Condition tree, @ForAll("profiles") EnterpriseProfile profile) {
    Outcome outcome = EVALUATOR.test(tree, profile, DAY);
    if (tree instanceof AllOf allOf) {
      Outcome expected = Outcome.ELIGIBLE;
      for (Condition c : allOf.conditions()) {
        expected = expected.and(EVALUATOR.test(c, profile, DAY));
      }
      assertEquals(expected, outcome);
    } else if (tree instanceof AnyOf anyOf) {
      Outcome expected = Outcome.NOT_ELIGIBLE;
      for (Condition c : anyOf.conditions()) {
        expected = expected.or(EVALUATOR.test(c, profile, DAY));
      }
      assertEquals(expected, outcome);
    } else if (tree instanceof AtLeast al) {
      List<Outcome> kids =
          al.conditions().stream().map(c -> EVALUATOR.test(c, profile, DAY)).toList();
      long yes = Collections.frequency(kids, Outcome.ELIGIBLE);
      long unknown = Collections.frequency(kids, Outcome.UNDETERMINED);
      Outcome expected =
          yes >= al.count()
              ? Outcome.ELIGIBLE
              : yes + unknown < al.count() ? Outcome.NOT_ELIGIBLE : Outcome.UNDETERMINED;
      assertEquals(expected, outcome);
    }
  }

  @Property(tries = 1000)
  @Label("supplying a missing value never changes an already decided result")
  void supplyingMissingValueKeepsDecision(
      @ForAll("criteria") EligibilityCriteria criteria,
      @ForAll("profiles") EnterpriseProfile partial,
      @ForAll("profiles") EnterpriseProfile donor) {
    EligibilityReport before = EVALUATOR.evaluate(criteria, partial, DAY);
    Assume.that(before.outcome().isDecided());
    EnterpriseProfile completed = fillFrom(partial, donor);
    assertEquals(before.outcome(), EVALUATOR.evaluate(criteria, completed, DAY).outcome());
  }

  @Property(tries = 1000)
  @Label("an undetermined result is decided once every listed missing input is supplied")
  void missingInputsAreSufficient(
      @ForAll("criteria") EligibilityCriteria criteria,
      @ForAll("profiles") EnterpriseProfile partial,
      @ForAll("profiles") EnterpriseProfile donor) {
    EligibilityReport before = EVALUATOR.evaluate(criteria, partial, DAY);
    Assume.that(before.outcome() == Outcome.UNDETERMINED);
    EnterpriseProfile.Builder b = EnterpriseProfile.builder().from(partial).tiersComplete(true);
    for (InputRef in : before.missingInputs()) {
      switch (in.kind()) {
        case INDICATOR:
          Indicator ind =
              Generators.INDICATORS.stream()
                  .filter(i -> i.id().toString().equals(in.id()))
                  .findFirst()
                  .orElseThrow();
          b.putValues(
              ind.id(),
              donor
                  .value(ind.id())
                  .orElse(raise(ind, Quantity.of(java.math.BigDecimal.ONE, ind.unit()), 0)));
          break;
        case DECLARATION:
          b.putDeclarations(in.id(), donor.declarations().getOrDefault(in.id(), true));
          break;
        default:
          break; // with tiersComplete the holdings list is authoritative
      }
    }
    assertEquals(true, EVALUATOR.evaluate(criteria, b.build(), DAY).outcome().isDecided());
  }

  @Property(tries = 1000)
  @Label(
      "monotonicity: raising a value checked by lower bounds never turns ELIGIBLE into NOT_ELIGIBLE")
  void monotoneInLowerBoundedValues(
      @ForAll("monotoneTrees") Condition tree,
      @ForAll("profiles") EnterpriseProfile profile,
      @ForAll("raises") int raiseIndex) {
    Assume.that(EVALUATOR.test(tree, profile, DAY) == Outcome.ELIGIBLE);
    Indicator ind = Generators.INDICATORS.get(raiseIndex % Generators.INDICATORS.size());
    Quantity current = profile.value(ind.id()).orElse(null);
    Assume.that(current != null);
    Quantity raised = raise(ind, current, raiseIndex);
    EnterpriseProfile higher =
        EnterpriseProfile.builder().from(profile).putValues(ind.id(), raised).build();
    assertEquals(Outcome.ELIGIBLE, EVALUATOR.test(tree, higher, DAY));
  }

  @Provide
  Arbitrary<Integer> raises() {
    return Arbitraries.integers().between(0, 100);
  }

  @Property(tries = 1000)
  @Label("determinism: equal inputs in any map order give equal reports")
  void deterministic(
      @ForAll("criteria") EligibilityCriteria criteria,
      @ForAll("profiles") EnterpriseProfile profile) {
    List<Map.Entry<io.github.srdipolicy.model.IndicatorId, Quantity>> entries =
        new ArrayList<>(profile.values().entrySet());
    Collections.reverse(entries);
    Map<io.github.srdipolicy.model.IndicatorId, Quantity> reversed = new LinkedHashMap<>();
    entries.forEach(e -> reversed.put(e.getKey(), e.getValue()));
    EnterpriseProfile shuffled = EnterpriseProfile.builder().from(profile).values(reversed).build();
    assertEquals(
        EVALUATOR.evaluate(criteria, profile, DAY), EVALUATOR.evaluate(criteria, shuffled, DAY));
  }

  /**
   * The value raised by {@code delta} units of its own unit, kept within the indicator's maximum.
   */
  private static Quantity raise(Indicator ind, Quantity current, int delta) {
    java.math.BigDecimal amount = current.amount().add(java.math.BigDecimal.valueOf(delta));
    if (ind.maximum().isPresent()) {
      java.math.BigDecimal maxAmount = ind.maximum().get().divide(current.unit().factor());
      amount = amount.min(maxAmount);
    }
    return Quantity.of(amount, current.unit());
  }

  /** Adds the donor's values, declarations and holdings where the partial profile has none. */
  private static EnterpriseProfile fillFrom(EnterpriseProfile partial, EnterpriseProfile donor) {
    EnterpriseProfile.Builder b = EnterpriseProfile.builder().from(partial);
    donor
        .values()
        .forEach(
            (k, v) -> {
              if (!partial.values().containsKey(k)) {
                b.putValues(k, v);
              }
            });
    donor
        .declarations()
        .forEach(
            (k, v) -> {
              if (!partial.declarations().containsKey(k)) {
                b.putDeclarations(k, v);
              }
            });
    if (!partial.tiersComplete()) {
      b.tiersComplete(true);
      donor.tiers().stream()
          .filter(h -> partial.tiers().stream().noneMatch(p -> p.tier().equals(h.tier())))
          .forEach(b::addTiers);
    }
    return b.build();
  }
}
