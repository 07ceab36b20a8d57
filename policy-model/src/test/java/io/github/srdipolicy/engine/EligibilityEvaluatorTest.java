package io.github.srdipolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.ApplicationKind;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.IndicatorRegistry;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.testing.FakePolicy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The evaluator on the fake policy, one behaviour per test. */
class EligibilityEvaluatorTest {
  private static final EligibilityEvaluator EVALUATOR = EligibilityEvaluator.DEFAULT;
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  private static EnterpriseProfile.Builder firm() {
    return EnterpriseProfile.builder().jurisdiction(FakePolicy.COUNTY);
  }

  private static ConditionResult find(ConditionResult root, String id) {
    if (root.condition().equals(FactId.of(id))) {
      return root;
    }
    for (ConditionResult child : root.children()) {
      ConditionResult found = find(child, id);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  @Test
  @DisplayName(
      "the report names the application kind it judged under, NEW unless the profile says RENEWAL")
  void report_namesTheApplicationKind() throws Exception {
    assertEquals(
        ApplicationKind.NEW,
        EVALUATOR.evaluate(FakePolicy.poolCriteria(), firm().build(), DAY).applicationKind());
    EligibilityReport renewal =
        EVALUATOR.evaluate(
            FakePolicy.poolCriteria(),
            firm().applicationKind(ApplicationKind.RENEWAL).build(),
            DAY);
    assertEquals(ApplicationKind.RENEWAL, renewal.applicationKind());
    JsonNode json = PolicyJson.mapper().readTree(PolicyJson.write(renewal));
    assertEquals("RENEWAL", json.get("applicationKind").asText());
    assertEquals(
        "[]",
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(PolicyJson.reportSchema())
            .validate(json)
            .toString());
    assertEquals(renewal, PolicyJson.mapper().treeToValue(json, EligibilityReport.class));
  }

  @Test
  @DisplayName(
      "criteria prepared once are told apart by object, not id: two criteria sharing an id, explained"
          + " in turn by one evaluator, each get the report a fresh evaluator gives")
  void preparedCriteria_sameId_differentConditions() {
    EligibilityCriteria giant = FakePolicy.giantCriteria();
    EligibilityCriteria sameId =
        EligibilityCriteria.builder()
            .from(FakePolicy.giantCriteriaRevised())
            .id(giant.id())
            .build();
    EnterpriseProfile profile =
        firm()
            .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.wanYuan("8000"))
            .tiersComplete(true)
            .build();
    EligibilityEvaluator shared = EligibilityEvaluator.of(IndicatorRegistry.standard());
    for (int round = 0; round < 2; round++) {
      for (EligibilityCriteria c : List.of(giant, sameId)) {
        assertEquals(
            EligibilityEvaluator.of(IndicatorRegistry.standard()).evaluate(c, profile, DAY),
            shared.evaluate(c, profile, DAY));
      }
    }
    assertNotEquals(
        shared.evaluate(giant, profile, DAY).tracks(),
        shared.evaluate(sameId, profile, DAY).tracks());
  }

  @Test
  @DisplayName("an empty profile is undetermined, and the missing inputs name what would decide it")
  void emptyProfile_isUndetermined_withMissingInputs() {
    EligibilityReport r = EVALUATOR.evaluate(FakePolicy.poolCriteria(), firm().build(), DAY);
    assertEquals(Outcome.UNDETERMINED, r.outcome());
    assertTrue(r.missingInputs().contains(InputRef.declaration("well-managed")));
    assertTrue(r.missingInputs().contains(InputRef.indicator(Indicators.FOUNDING_YEAR.id())));
    assertTrue(r.gaps().isEmpty());
  }

  @Test
  @DisplayName("a value exactly at an inclusive bound passes, one unit below fails with a gap")
  void inclusiveBound_atAndBelow() {
    EnterpriseProfile.Builder base =
        firm()
            .putDeclarations("well-managed", true)
            .putValues(Indicators.INVENTION_PATENTS.id(), Quantity.count(2, Unit.IP_ITEMS))
            .putValues(Indicators.TOTAL_PROFIT.id(), Quantity.wanYuan("0"))
            .putValues(Indicators.FOUNDING_YEAR.id(), Quantity.calendarYear(2000));
    EligibilityReport at =
        EVALUATOR.evaluate(
            FakePolicy.poolCriteria(),
            base.putValues(Indicators.MAIN_BUSINESS_REVENUE.id(), Quantity.wanYuan("5000")).build(),
            DAY);
    assertEquals(Outcome.ELIGIBLE, at.outcome());

    EligibilityReport below =
        EVALUATOR.evaluate(
            FakePolicy.poolCriteria(),
            base.putValues(Indicators.MAIN_BUSINESS_REVENUE.id(), Quantity.yuan("49999999"))
                .build(),
            DAY);
    assertEquals(Outcome.NOT_ELIGIBLE, below.outcome());
    Gap revenueGap =
        below.gaps().stream()
            .filter(g -> g.condition().equals(FactId.of("fake.pool.revenue")))
            .findFirst()
            .orElseThrow();
    assertEquals(Quantity.yuan("49999999"), revenueGap.actual().orElseThrow());
    assertEquals(Quantity.wanYuan("5000"), revenueGap.required().orElseThrow());
  }

  @Test
  @DisplayName("either-or: the second alternative alone satisfies the any-of")
  void eitherOr_secondAlternative() {
    EnterpriseProfile p =
        firm().putValues(Indicators.TOTAL_PROFIT.id(), Quantity.wanYuan("400")).build();
    EligibilityReport r = EVALUATOR.evaluate(FakePolicy.poolCriteria(), p, DAY);
    assertEquals(Outcome.ELIGIBLE, find(r.tracks().get(0).trace(), "fake.pool.money").outcome());
    assertEquals(
        Outcome.UNDETERMINED, find(r.tracks().get(0).trace(), "fake.pool.revenue").outcome());
  }

  @Test
  @DisplayName("a sum across kinds passes on known summands alone once they reach a lower bound")
  void sum_decidedByKnownSummands() {
    EnterpriseProfile p =
        firm()
            .putValues(Indicators.UTILITY_MODEL_PATENTS.id(), Quantity.count(5, Unit.IP_ITEMS))
            .build();
    ConditionResult sum =
        find(
            EVALUATOR.evaluate(FakePolicy.poolCriteria(), p, DAY).tracks().get(0).trace(),
            "fake.pool.other-ip");
    assertEquals(Outcome.ELIGIBLE, sum.outcome());

    EnterpriseProfile short4 =
        firm()
            .putValues(Indicators.UTILITY_MODEL_PATENTS.id(), Quantity.count(2, Unit.IP_ITEMS))
            .putValues(Indicators.DESIGN_PATENTS.id(), Quantity.count(1, Unit.IP_ITEMS))
            .putValues(Indicators.SOFTWARE_COPYRIGHTS.id(), Quantity.count(1, Unit.IP_ITEMS))
            .build();
    ConditionResult failed =
        find(
            EVALUATOR.evaluate(FakePolicy.poolCriteria(), short4, DAY).tracks().get(0).trace(),
            "fake.pool.other-ip");
    assertEquals(Outcome.NOT_ELIGIBLE, failed.outcome());
    assertEquals(Quantity.count(4, Unit.IP_ITEMS), failed.actual().orElseThrow());
  }

  @Test
  @DisplayName(
      "the innovation track alone makes the tier reachable when the common conditions hold")
  void tracks_anyTrackSuffices() {
    EnterpriseProfile p =
        firm()
            .putDeclarations("well-managed", true)
            .putValues(Indicators.FOUNDING_YEAR.id(), Quantity.calendarYear(2014))
            .build();
    EligibilityReport r = EVALUATOR.evaluate(FakePolicy.poolCriteria(), p, DAY);
    assertEquals(Outcome.ELIGIBLE, r.outcome());
    assertEquals(Outcome.UNDETERMINED, r.tracks().get(0).outcome());
    assertEquals(Outcome.ELIGIBLE, r.tracks().get(1).outcome());
  }

  @Test
  @DisplayName("a false declaration fails the common conditions whatever the tracks say")
  void qualitative_falseDeclarationFails() {
    EnterpriseProfile p =
        firm()
            .putDeclarations("well-managed", false)
            .putValues(Indicators.FOUNDING_YEAR.id(), Quantity.calendarYear(2020))
            .build();
    EligibilityReport r = EVALUATOR.evaluate(FakePolicy.poolCriteria(), p, DAY);
    assertEquals(Outcome.NOT_ELIGIBLE, r.outcome());
    assertEquals(
        List.of(InputRef.declaration("well-managed")), r.gaps().stream().map(Gap::input).toList());
  }

  @Test
  @DisplayName("bands: the revenue band picks the R&D threshold; the mid band needs 6%")
  void banded_selectsThresholdByRevenue() {
    EnterpriseProfile.Builder p =
        firm()
            .putValues(Indicators.DEBT_TO_ASSET_RATIO.id(), Quantity.percent("50"))
            .putValues(Indicators.RND_INTENSITY_EACH_2Y.id(), Quantity.percent("5"));
    assertEquals(
        Outcome.ELIGIBLE,
        EVALUATOR
            .evaluate(
                FakePolicy.giantCriteria(),
                p.putValues(Indicators.OPERATING_REVENUE.id(), Quantity.yiYuan("1")).build(),
                DAY)
            .outcome());
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        EVALUATOR
            .evaluate(
                FakePolicy.giantCriteria(),
                p.putValues(Indicators.OPERATING_REVENUE.id(), Quantity.wanYuan("9999")).build(),
                DAY)
            .outcome());
  }

  @Test
  @DisplayName("bands: without the selector the result is undetermined and names the selector")
  void banded_missingSelector() {
    EnterpriseProfile p =
        firm()
            .putValues(Indicators.DEBT_TO_ASSET_RATIO.id(), Quantity.percent("50"))
            .putValues(Indicators.RND_INTENSITY_EACH_2Y.id(), Quantity.percent("5"))
            .build();
    EligibilityReport r = EVALUATOR.evaluate(FakePolicy.giantCriteria(), p, DAY);
    assertEquals(Outcome.UNDETERMINED, r.outcome());
    assertTrue(r.missingInputs().contains(InputRef.indicator(Indicators.OPERATING_REVENUE.id())));
  }

  @Test
  @DisplayName("holds-tier: the prerequisite counts only from its recognition date")
  void holdsTier_checkedOnDate() {
    EnterpriseProfile p =
        firm()
            .putValues(Indicators.DEBT_TO_ASSET_RATIO.id(), Quantity.percent("50"))
            .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.wanYuan("3000"))
            .addTiers(TierHolding.of("fake.pool", LocalDate.of(2024, 3, 1)))
            .build();
    assertEquals(
        Outcome.ELIGIBLE, EVALUATOR.evaluate(FakePolicy.giantCriteria(), p, DAY).outcome());
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        EVALUATOR.evaluate(FakePolicy.giantCriteria(), p, LocalDate.of(2024, 2, 1)).outcome());
    EnterpriseProfile unknownHoldings =
        EnterpriseProfile.builder().from(p).tiers(List.of()).tiersComplete(false).build();
    assertEquals(
        Outcome.UNDETERMINED,
        EVALUATOR.evaluate(FakePolicy.giantCriteria(), unknownHoldings, DAY).outcome());
  }

  @Test
  @DisplayName("caveats of the criteria are carried into the report")
  void caveats_areReported() {
    EligibilityReport r = EVALUATOR.evaluate(FakePolicy.poolCriteria(), firm().build(), DAY);
    assertEquals(FakePolicy.poolCriteria().caveats(), r.caveats());
  }

  @Test
  @DisplayName(
      "a status test: missing is undetermined, the required value passes, the other fails with a gap")
  void status_isThreeValued() {
    io.github.srdipolicy.model.Status isHighTech =
        io.github.srdipolicy.model.Status.builder()
            .id(FactId.of("fake.status.high-tech"))
            .label(FakePolicy.text("high-tech"))
            .source(FakePolicy.ref("1"))
            .indicator(Indicators.HIGH_TECH_ENTERPRISE.id())
            .required(true)
            .build();
    io.github.srdipolicy.model.Status notHighTech =
        io.github.srdipolicy.model.Status.builder()
            .from(isHighTech)
            .id(FactId.of("fake.status.not-high-tech"))
            .required(false)
            .build();
    EnterpriseProfile none = firm().build();
    EnterpriseProfile yes =
        firm().putValues(Indicators.HIGH_TECH_ENTERPRISE.id(), Quantity.flag(true)).build();
    EnterpriseProfile no =
        firm().putValues(Indicators.HIGH_TECH_ENTERPRISE.id(), Quantity.flag(false)).build();

    assertEquals(Outcome.UNDETERMINED, EVALUATOR.test(isHighTech, none, DAY));
    assertEquals(Outcome.ELIGIBLE, EVALUATOR.test(isHighTech, yes, DAY));
    assertEquals(Outcome.NOT_ELIGIBLE, EVALUATOR.test(isHighTech, no, DAY));
    assertEquals(Outcome.UNDETERMINED, EVALUATOR.test(notHighTech, none, DAY));
    assertEquals(Outcome.NOT_ELIGIBLE, EVALUATOR.test(notHighTech, yes, DAY));
    assertEquals(Outcome.ELIGIBLE, EVALUATOR.test(notHighTech, no, DAY));

    io.github.srdipolicy.model.EligibilityCriteria criteria =
        io.github.srdipolicy.model.EligibilityCriteria.builder()
            .id(FactId.of("fake.status.criteria"))
            .tier(FakePolicy.POOL)
            .label(FakePolicy.text("c"))
            .source(FakePolicy.ref("1"))
            .addTracks(
                io.github.srdipolicy.model.Track.builder()
                    .id(FactId.of("fake.status.track"))
                    .kind(io.github.srdipolicy.model.TrackKind.values()[0])
                    .label(FakePolicy.text("t"))
                    .condition(isHighTech)
                    .build())
            .build();
    EligibilityReport missing = EVALUATOR.evaluate(criteria, none, DAY);
    assertEquals(
        List.of(InputRef.indicator(Indicators.HIGH_TECH_ENTERPRISE.id())), missing.missingInputs());
    assertEquals(Outcome.UNDETERMINED, EVALUATOR.outcome(criteria, none, DAY));
    EligibilityReport failed = EVALUATOR.evaluate(criteria, no, DAY);
    assertEquals(Outcome.NOT_ELIGIBLE, EVALUATOR.outcome(criteria, no, DAY));
    assertEquals("status", failed.tracks().get(0).trace().shape());
    Gap gap = failed.gaps().get(0);
    assertEquals(Quantity.flag(false), gap.actual().orElseThrow());
    assertEquals(Quantity.flag(true), gap.required().orElseThrow());
    assertEquals(Outcome.ELIGIBLE, EVALUATOR.outcome(criteria, yes, DAY));
  }
}
