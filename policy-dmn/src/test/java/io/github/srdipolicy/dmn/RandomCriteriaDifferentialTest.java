package io.github.srdipolicy.dmn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.srdipolicy.engine.EligibilityEvaluator;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.engine.TierHolding;
import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.AtLeast;
import io.github.srdipolicy.model.Band;
import io.github.srdipolicy.model.Banded;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.HoldsTier;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorRegistry;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Interval;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.ScoreBand;
import io.github.srdipolicy.model.ScoreItem;
import io.github.srdipolicy.model.Scorecard;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Status;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Track;
import io.github.srdipolicy.model.TrackKind;
import io.github.srdipolicy.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;

/**
 * Random criteria of every shape (comparisons with every operator, yes/no status tests, sums,
 * declarations, held tiers, all-of, any-of, at-least-n, bands with and without requirements,
 * scorecards with category minimums) on random, often incomplete firms: Drools on the exported
 * model agrees with the library. Seeded, so a failure names a reproducible criteria and firm.
 */
class RandomCriteriaDifferentialTest {
  private static final SourceRef SRC = SourceRef.of("测试发〔2024〕1号", "1");
  private static final List<Indicator> INDICATORS =
      List.of(
          Indicators.OPERATING_REVENUE,
          Indicators.TOTAL_PROFIT,
          Indicators.RND_INTENSITY,
          Indicators.MAIN_BUSINESS_SHARE,
          Indicators.INVENTION_PATENTS,
          Indicators.UTILITY_MODEL_PATENTS,
          Indicators.DESIGN_PATENTS,
          Indicators.MARKET_RANK_PROVINCE,
          Indicators.HIGH_TECH_ENTERPRISE);
  private static final List<String> DECLARATIONS = List.of("well-managed", "good-credit");
  private static final List<TierId> TIERS = List.of(TierId.of("t.pool"), TierId.of("t.giant"));
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  private final SplittableRandom random = new SplittableRandom(2026);
  private int ids;

  private LocalizedText text(String s) {
    return LocalizedText.of(s, s);
  }

  private FactId id() {
    return FactId.of("r.c" + ids++);
  }

  private Quantity value(Indicator ind) {
    switch (ind.unit()) {
      case WAN_YUAN:
        return Quantity.wanYuan(
            Integer.toString(random.nextInt(ind.minimum().isPresent() ? 0 : -2000, 20000)));
      case PERCENT:
        return Quantity.percent(random.nextInt(0, 100) + "." + random.nextInt(0, 10));
      case IP_ITEMS:
        return Quantity.count(random.nextInt(0, 12), Unit.IP_ITEMS);
      case RANK:
        return Quantity.rank(random.nextInt(1, 20));
      case FLAG:
        return Quantity.flag(random.nextBoolean());
      default:
        throw new IllegalArgumentException(ind.toString());
    }
  }

  private Condition leaf() {
    int kind = random.nextInt(7);
    if (kind <= 1) {
      Indicator ind = INDICATORS.get(random.nextInt(INDICATORS.size()));
      return Comparison.builder()
          .id(id())
          .label(text("cmp"))
          .source(SRC)
          .indicator(ind.id())
          .operator(Operator.values()[random.nextInt(Operator.values().length)])
          .threshold(value(ind))
          .build();
    } else if (kind == 2) {
      List<Indicator> ip =
          List.of(
              Indicators.INVENTION_PATENTS,
              Indicators.UTILITY_MODEL_PATENTS,
              Indicators.DESIGN_PATENTS);
      return SumComparison.builder()
          .id(id())
          .label(text("sum"))
          .source(SRC)
          .indicators(ip.subList(0, random.nextInt(2, 4)).stream().map(Indicator::id).toList())
          .operator(Operator.values()[random.nextInt(Operator.values().length)])
          .threshold(Quantity.count(random.nextInt(0, 15), Unit.IP_ITEMS))
          .build();
    } else if (kind == 3) {
      return Qualitative.builder()
          .id(id())
          .label(text("q"))
          .source(SRC)
          .declaration(DECLARATIONS.get(random.nextInt(DECLARATIONS.size())))
          .build();
    } else if (kind == 5) {
      return Status.builder()
          .id(id())
          .label(text("status"))
          .source(SRC)
          .indicator(Indicators.HIGH_TECH_ENTERPRISE.id())
          .required(random.nextBoolean())
          .build();
    } else if (kind == 4) {
      return HoldsTier.builder()
          .id(id())
          .label(text("t"))
          .source(SRC)
          .tier(TIERS.get(random.nextInt(TIERS.size())))
          .build();
    }
    List<ScoreItem> items = new ArrayList<>();
    for (int i = 0, n = random.nextInt(1, 4); i < n; i++) {
      String cut = Integer.toString(random.nextInt(1, 99));
      items.add(
          ScoreItem.builder()
              .indicator(
                  (random.nextBoolean() ? Indicators.RND_INTENSITY : Indicators.MAIN_BUSINESS_SHARE)
                      .id())
              .category(random.nextBoolean() ? "innovation" : "growth")
              .addBands(
                  ScoreBand.of(
                      Interval.closedOpen(Quantity.percent("0"), Quantity.percent(cut)),
                      Integer.toString(random.nextInt(0, 20))))
              .addBands(
                  ScoreBand.of(
                      Interval.atLeast(Quantity.percent(cut)),
                      Integer.toString(random.nextInt(0, 20))))
              .build());
    }
    return Scorecard.builder()
        .id(id())
        .label(text("score"))
        .source(SRC)
        .items(items)
        .minimumTotal(BigDecimal.valueOf(random.nextInt(0, 40)))
        .putCategoryMinimums(items.get(0).category(), BigDecimal.valueOf(random.nextInt(0, 20)))
        .build();
  }

  private Condition tree(int depth) {
    if (depth == 0 || random.nextInt(4) == 0) {
      return leaf();
    }
    List<Condition> kids = new ArrayList<>();
    for (int i = 0, n = random.nextInt(1, 4); i < n; i++) {
      kids.add(tree(depth - 1));
    }
    switch (random.nextInt(4)) {
      case 0:
        return AllOf.builder().id(id()).label(text("all")).source(SRC).conditions(kids).build();
      case 1:
        return AnyOf.builder().id(id()).label(text("any")).source(SRC).conditions(kids).build();
      case 2:
        return AtLeast.builder()
            .id(id())
            .label(text("n"))
            .source(SRC)
            .count(random.nextInt(1, kids.size() + 1))
            .conditions(kids)
            .build();
      default:
        int a = random.nextInt(1, 10000);
        int b = a + random.nextInt(1, 10000);
        List<Band> bands = new ArrayList<>();
        if (random.nextBoolean()) {
          bands.add(band(Interval.lessThan(Quantity.wanYuan(Integer.toString(a))), kids.get(0)));
        }
        bands.add(
            band(
                Interval.closedOpen(
                    Quantity.wanYuan(Integer.toString(a)), Quantity.wanYuan(Integer.toString(b))),
                kids.size() > 1 ? kids.get(1) : null));
        bands.add(
            band(
                Interval.atLeast(Quantity.wanYuan(Integer.toString(b))),
                kids.size() > 2 ? kids.get(2) : null));
        return Banded.builder()
            .id(id())
            .label(text("bands"))
            .source(SRC)
            .indicator(Indicators.OPERATING_REVENUE.id())
            .bands(bands)
            .build();
    }
  }

  private static Band band(Interval range, Condition then) {
    return then == null ? Band.free(range) : Band.of(range, then);
  }

  private EligibilityCriteria criteria() {
    var builder =
        EligibilityCriteria.builder()
            .id(id())
            .tier(TIERS.get(0))
            .label(text("criteria"))
            .source(SRC);
    if (random.nextBoolean()) {
      builder.common(tree(3));
    }
    for (int i = 0, n = random.nextInt(1, 4); i < n; i++) {
      builder.addTracks(
          Track.builder()
              .id(id())
              .kind(TrackKind.values()[i % TrackKind.values().length])
              .label(text("track"))
              .condition(tree(3))
              .build());
    }
    return builder.build();
  }

  private EnterpriseProfile firm() {
    EnterpriseProfile.Builder b =
        EnterpriseProfile.builder()
            .jurisdiction(JurisdictionCode.CN)
            .tiersComplete(random.nextBoolean());
    for (Indicator ind : INDICATORS) {
      if (random.nextInt(10) < 6) {
        b.putValues(ind.id(), value(ind));
      }
    }
    for (String d : DECLARATIONS) {
      if (random.nextBoolean()) {
        b.putDeclarations(d, random.nextBoolean());
      }
    }
    for (TierId t : TIERS) {
      if (random.nextInt(3) == 0) {
        b.addTiers(
            TierHolding.of(
                t.toString(),
                random.nextBoolean() ? LocalDate.of(2023, 1, 1) : LocalDate.of(2025, 1, 1)));
      }
    }
    return b.build();
  }

  @Test
  void randomCriteriaOfEveryShape_onRandomIncompleteFirms_agreeWithTheLibrary() {
    int compared = 0;
    // Kept small for the build's time: Drools takes long to compile large generated models. A run
    // with 4 models of 100 criteria and 100 firms each (40,000 outcomes) also found no
    // disagreement.
    for (int model = 0; model < 1; model++) {
      List<EligibilityCriteria> criteria = new ArrayList<>();
      for (int c = 0; c < 30; c++) {
        criteria.add(criteria());
      }
      DmnModel dmn = DmnModel.of("random-" + model, criteria, IndicatorRegistry.standard());
      DMNRuntime runtime = DroolsDifferentialTest.drools(dmn.xml());
      for (int f = 0; f < 100; f++) {
        EnterpriseProfile firm = firm();
        DMNResult result = DroolsDifferentialTest.run(runtime, dmn.inputs(firm, DAY));
        for (int c = 0; c < criteria.size(); c++) {
          Outcome expected =
              EligibilityEvaluator.DEFAULT.evaluate(criteria.get(c), firm, DAY).outcome();
          Outcome actual =
              DmnModel.outcome(result.getDecisionResultByName(dmn.decisionName(c)).getResult());
          int which = c;
          assertEquals(expected, actual, () -> firm + "\n" + dmn.expression(which));
          compared++;
        }
      }
    }
    assertEquals(30 * 100, compared);
  }
}
