package io.github.srdipolicy.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.srdipolicy.engine.EligibilityEvaluator;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Track;
import io.github.srdipolicy.model.TrackKind;
import io.github.srdipolicy.testing.FakePolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Criteria testing the same indicator against the same bound share one compiled compare. */
class ScreenerSharingTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  private static Condition revenue(String id, Operator op, String wan) {
    return Comparison.builder()
        .id(FactId.of(id))
        .label(LocalizedText.of("营收 " + id, "revenue " + id))
        .source(FakePolicy.ref("1"))
        .indicator(Indicators.OPERATING_REVENUE.id())
        .operator(op)
        .threshold(Quantity.wanYuan(wan))
        .build();
  }

  private static Condition debt(String id) {
    return Comparison.builder()
        .id(FactId.of(id))
        .label(LocalizedText.of("负债 " + id, "debt " + id))
        .source(FakePolicy.ref("1"))
        .indicator(Indicators.DEBT_TO_ASSET_RATIO.id())
        .operator(Operator.AT_MOST)
        .threshold(Quantity.percent("70"))
        .build();
  }

  private static EligibilityCriteria criteria(String id, Condition condition) {
    return EligibilityCriteria.builder()
        .id(FactId.of(id))
        .tier(FakePolicy.POOL)
        .label(LocalizedText.of(id, id))
        .source(FakePolicy.ref("1"))
        .addTracks(
            Track.builder()
                .id(FactId.of(id + ".track"))
                .kind(TrackKind.values()[0])
                .label(LocalizedText.of("轨道", "track"))
                .condition(condition)
                .build())
        .build();
  }

  @Test
  void theSameBound_isComparedOnce_whateverTheOperatorSpellingIt() {
    // ≥ 5000万元 and > 4999.9999999999万元 (one step of the fixed-point columns below) are the same
    // test of the same column: one compare node serves both criteria.
    EligibilityCriteria a = criteria("a", revenue("a.revenue", Operator.AT_LEAST, "5000"));
    EligibilityCriteria b =
        criteria(
            "b",
            AllOf.builder()
                .id(FactId.of("b.all"))
                .label(LocalizedText.of("全部", "all"))
                .source(FakePolicy.ref("1"))
                .addConditions(
                    revenue("b.revenue", Operator.GREATER_THAN, "4999.9999999999"), debt("b.debt"))
                .build());
    Screener alone = Screener.of(List.of(a));
    Screener both = Screener.of(List.of(a, b));
    // a: compare, any-track; b adds the debt compare, its all-of and its any-track, not a second
    // revenue compare.
    assertEquals(2, alone.nodeCount());
    assertEquals(5, both.nodeCount());
    // And the shared node gives each criteria the explained engine's outcome.
    List<EnterpriseProfile> firms = new ArrayList<>();
    for (String wan :
        new String[] {
          "4999.99", "4999.9999999999", "4999.99999999995", "5000", "5000.0000000001", "6000"
        }) {
      firms.add(
          EnterpriseProfile.builder()
              .jurisdiction(FakePolicy.COUNTY)
              .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.wanYuan(wan))
              .putValues(Indicators.DEBT_TO_ASSET_RATIO.id(), Quantity.percent("60"))
              .build());
    }
    firms.add(EnterpriseProfile.builder().jurisdiction(FakePolicy.COUNTY).build());
    ScreeningResult result = both.screen(firms, DAY);
    for (int f = 0; f < firms.size(); f++) {
      for (int c = 0; c < 2; c++) {
        assertEquals(
            EligibilityEvaluator.DEFAULT
                .evaluate(both.criteria().get(c), firms.get(f), DAY)
                .outcome(),
            result.outcome(f, c).orElseThrow(),
            "firm " + f + ", criteria " + c);
      }
    }
  }
}
