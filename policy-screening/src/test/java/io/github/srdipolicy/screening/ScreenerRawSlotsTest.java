package io.github.srdipolicy.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.engine.EligibilityEvaluator;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Track;
import io.github.srdipolicy.model.TrackKind;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.testing.FakePolicy;
import io.github.srdipolicy.testing.Generators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The screener stores a slot as codes (of at most seven bits) only while its tests change outcome
 * at no more than {@link Node.Cuts#MAX_CUTS} values; a slot cut finer keeps its fixed-point column
 * and the nodes fall back to the raw compares, bands and scorecard items. Random criteria rarely
 * cut a slot that finely, so here every generated indicator is padded with a criteria of 130
 * distinct bounds, all inside the indicator's range (a bound outside it cuts nothing), which forces
 * every slot onto the raw path, and the outcomes must still equal the explained engine's.
 */
class ScreenerRawSlotsTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
  private static final int PADDING_BOUNDS = Node.Cuts.MAX_CUTS + 3;

  @Provide
  Arbitrary<List<EligibilityCriteria>> criteriaLists() {
    return Generators.criteria(Generators.tree(3)).list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<EnterpriseProfile>> firmLists() {
    return Generators.profile().list().ofMinSize(1).ofMaxSize(70);
  }

  @Property(tries = 1_000)
  void slotsCutTooFinelyForCodes_screenAsTheExplainedEngine(
      @ForAll("criteriaLists") List<EligibilityCriteria> generated,
      @ForAll("firmLists") List<EnterpriseProfile> firms) {
    List<EligibilityCriteria> criteria = new ArrayList<>(generated);
    for (Indicator indicator : Generators.INDICATORS) {
      if (indicator.unit() != Unit.FLAG) {
        criteria.add(padding(indicator));
      }
    }
    Screener screener = Screener.of(criteria);
    for (Indicator indicator : Generators.INDICATORS) {
      if (indicator.unit() != Unit.FLAG) {
        int slot = screener.indicatorSlot(indicator.id());
        assertTrue(screener.encoding.keepsRaw(slot), indicator.id() + " should be read raw");
      }
    }
    ScreeningResult result = screener.screen(firms, DAY);
    for (int firm = 0; firm < firms.size(); firm++) {
      for (int c = 0; c < criteria.size(); c++) {
        assertEquals(
            EligibilityEvaluator.DEFAULT.evaluate(criteria.get(c), firms.get(firm), DAY).outcome(),
            result.outcome(firm, c).orElseThrow(),
            "firm " + firm + ", criteria " + c);
      }
    }
  }

  /** A criteria testing an indicator at {@link #PADDING_BOUNDS} distinct lower bounds. */
  private static EligibilityCriteria padding(Indicator indicator) {
    String id = "pad." + indicator.id();
    AllOf.Builder all =
        AllOf.builder()
            .id(FactId.of(id + ".all"))
            .label(LocalizedText.of("填充 " + id, "padding " + id))
            .source(FakePolicy.ref("1"));
    for (int k = 0; k < PADDING_BOUNDS; k++) {
      all.addConditions(
          Comparison.builder()
              .id(FactId.of(id + ".b" + k))
              .label(LocalizedText.of("界 " + k, "bound " + k))
              .source(FakePolicy.ref("1"))
              .indicator(indicator.id())
              .operator(k % 2 == 0 ? Operator.AT_LEAST : Operator.GREATER_THAN)
              .threshold(bound(indicator.unit(), k))
              .build());
    }
    Condition condition = all.build();
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

  /**
   * The k-th bound, spread over the generator's values of the unit (and beyond, for counts), above
   * the lowest value of every indicator of the unit.
   */
  private static Quantity bound(Unit unit, int k) {
    switch (unit) {
      case WAN_YUAN:
        return Quantity.wanYuan(Integer.toString(k * 170 + 10));
      case PERCENT:
        return Quantity.percent(
            BigDecimal.valueOf(k + 1).multiply(new BigDecimal("0.7")).toPlainString());
      case IP_ITEMS:
        return Quantity.count(k + 1, Unit.IP_ITEMS);
      case RANK:
        return Quantity.rank(k + 2);
      default:
        throw new IllegalArgumentException(unit.toString());
    }
  }
}
