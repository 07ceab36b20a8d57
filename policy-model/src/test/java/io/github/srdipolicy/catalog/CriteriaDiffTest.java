package io.github.srdipolicy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.catalog.CriteriaDiff.Change;
import io.github.srdipolicy.catalog.CriteriaDiff.Kind;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.testing.FakePolicy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CriteriaDiffTest {
  private static String id(Optional<Condition> c) {
    return c.map(x -> x.id().toString()).orElse("-");
  }

  /** Each change as "KIND before-id after-id", to compare with a list typed from the fake data. */
  private static List<String> summary(List<Change> changes) {
    return changes.stream()
        .map(c -> c.kind() + " " + id(c.before()) + " " + id(c.after()))
        .toList();
  }

  @Test
  void identicalCriteria_haveNoChanges() {
    assertEquals(
        List.of(), CriteriaDiff.between(FakePolicy.giantCriteria(), FakePolicy.giantCriteria()));
    assertEquals(
        List.of(), CriteriaDiff.between(FakePolicy.poolCriteria(), FakePolicy.poolCriteria()));
  }

  @Test
  void revisedGiant_listsEveryKindOfChange_inDocumentOrder() {
    List<Change> changes =
        CriteriaDiff.between(FakePolicy.giantCriteria(), FakePolicy.giantCriteriaRevised());
    assertEquals(
        List.of(
            "OPERATOR_CHANGED fake.giant.rnd.high fake.giant2.rnd.high",
            "THRESHOLD_LOWERED fake.giant.rnd.mid fake.giant2.rnd.mid",
            "CONDITION_REMOVED fake.giant.pool -",
            "THRESHOLD_RAISED fake.giant.debt fake.giant2.debt",
            "CONDITION_ADDED - fake.giant2.equity",
            "CONDITION_ADDED - fake.giant2.brand"),
        summary(changes));
  }

  @Test
  void thresholdChange_carriesBothBoundsAndBothSources() {
    Change debt =
        CriteriaDiff.between(FakePolicy.giantCriteria(), FakePolicy.giantCriteriaRevised()).stream()
            .filter(c -> c.kind() == Kind.THRESHOLD_RAISED)
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.of(Quantity.percent("70")), debt.beforeThreshold());
    assertEquals(Optional.of(Quantity.percent("75")), debt.afterThreshold());
    // FakePolicy.cmp cites clause 1 for every comparison.
    assertEquals(Optional.of(FakePolicy.ref("1")), debt.beforeSource());
    assertEquals(Optional.of(FakePolicy.ref("1")), debt.afterSource());
    assertTrue(debt.key().contains("debt-to-asset-ratio upper-bound"), debt.key());
  }

  @Test
  void addedAndRemoved_haveOnlyOneSide() {
    List<Change> changes =
        CriteriaDiff.between(FakePolicy.giantCriteria(), FakePolicy.giantCriteriaRevised());
    Change removed =
        changes.stream().filter(c -> c.kind() == Kind.CONDITION_REMOVED).findFirst().orElseThrow();
    assertEquals(Optional.empty(), removed.afterSource());
    assertEquals(Optional.of(FakePolicy.ref("2")), removed.beforeSource());
    Change added =
        changes.stream().filter(c -> c.kind() == Kind.CONDITION_ADDED).findFirst().orElseThrow();
    assertEquals(Optional.empty(), added.beforeSource());
    assertEquals(Optional.empty(), added.beforeThreshold());
  }

  @Test
  void reversedDiff_swapsTheDirectionOfEveryChange() {
    List<Change> changes =
        CriteriaDiff.between(FakePolicy.giantCriteriaRevised(), FakePolicy.giantCriteria());
    assertEquals(
        List.of(
            "THRESHOLD_LOWERED fake.giant2.debt fake.giant.debt",
            "OPERATOR_CHANGED fake.giant2.rnd.high fake.giant.rnd.high",
            "THRESHOLD_RAISED fake.giant2.rnd.mid fake.giant.rnd.mid",
            "CONDITION_REMOVED fake.giant2.equity -",
            "CONDITION_REMOVED fake.giant2.brand -",
            "CONDITION_ADDED - fake.giant.pool"),
        summary(changes));
  }

  @Test
  void leavesOfDifferentBands_areNeverPaired() {
    // The 3% of the top band and the 6% of the middle band test the same indicator the same way.
    List<Change> changes =
        CriteriaDiff.between(FakePolicy.giantCriteria(), FakePolicy.giantCriteriaRevised());
    assertTrue(
        changes.stream()
            .noneMatch(
                c ->
                    id(c.before()).equals("fake.giant.rnd.mid")
                        && id(c.after()).equals("fake.giant2.rnd.high")));
  }

  @Test
  void change_rejectsSidesThatDoNotFitItsKind() {
    Condition c = FakePolicy.giantCriteria().tracks().get(0).condition();
    assertThrows(
        IllegalArgumentException.class,
        () -> new Change(Kind.CONDITION_ADDED, "k", Optional.of(c), Optional.of(c)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Change(Kind.THRESHOLD_RAISED, "k", Optional.of(c), Optional.empty()));
    assertEquals(
        FactId.of("fake.giant.all"),
        new Change(Kind.CONDITION_REMOVED, "k", Optional.of(c), Optional.empty())
            .before()
            .orElseThrow()
            .id());
  }
}
