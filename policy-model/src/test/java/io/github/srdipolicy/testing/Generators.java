package io.github.srdipolicy.testing;

import io.github.srdipolicy.engine.EnterpriseProfile;
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
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Interval;
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
import io.github.srdipolicy.model.Track;
import io.github.srdipolicy.model.TrackKind;
import io.github.srdipolicy.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of random criteria trees of every shape and of random, partly missing profiles
 * over a small fixed set of indicators. Fake data only.
 */
public final class Generators {
  private Generators() {}

  /** Indicators the generated conditions use, with a unit each. */
  public static final List<Indicator> INDICATORS =
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

  public static final List<String> DECLARATIONS =
      List.of("well-managed", "growth-potential", "good-credit");
  private static final SourceRef SRC = FakePolicy.ref("1");

  /** A valid value of an indicator. */
  public static Arbitrary<Quantity> value(Indicator indicator) {
    switch (indicator.unit()) {
      case WAN_YUAN:
        return Arbitraries.integers()
            .between(indicator.minimum().isPresent() ? 0 : -2000, 20000)
            .map(i -> Quantity.wanYuan(Integer.toString(i)));
      case PERCENT:
        return Arbitraries.integers()
            .between(0, 100)
            .map(i -> Quantity.percent(Integer.toString(i)));
      case IP_ITEMS:
        return Arbitraries.integers().between(0, 12).map(i -> Quantity.count(i, Unit.IP_ITEMS));
      case RANK:
        return Arbitraries.integers().between(1, 20).map(Quantity::rank);
      case FLAG:
        return Arbitraries.of(true, false).map(Quantity::flag);
      default:
        throw new IllegalArgumentException(indicator.toString());
    }
  }

  private static Arbitrary<String> ids() {
    return Arbitraries.strings().withCharRange('a', 'z').ofLength(8).map(s -> "g." + s);
  }

  private static <T extends Condition> LocalizedText label(String id) {
    return LocalizedText.of("条件 " + id, "condition " + id);
  }

  /** A comparison on any generated indicator. */
  public static Arbitrary<Condition> comparison() {
    return comparison(Arbitraries.of(Operator.values()));
  }

  /** A comparison with a lower bound only, for monotonicity. */
  public static Arbitrary<Condition> lowerBoundComparison() {
    return comparison(Arbitraries.of(Operator.AT_LEAST, Operator.GREATER_THAN));
  }

  private static Arbitrary<Condition> comparison(Arbitrary<Operator> operators) {
    return Arbitraries.of(INDICATORS)
        .flatMap(
            ind ->
                Combinators.combine(ids(), operators, value(ind))
                    .as(
                        (id, op, bound) ->
                            (Condition)
                                Comparison.builder()
                                    .id(FactId.of(id))
                                    .label(label(id))
                                    .source(SRC)
                                    .indicator(ind.id())
                                    .operator(op)
                                    .threshold(bound)
                                    .build()));
  }

  private static Arbitrary<Condition> sum() {
    List<Indicator> ip =
        List.of(
            Indicators.INVENTION_PATENTS,
            Indicators.UTILITY_MODEL_PATENTS,
            Indicators.DESIGN_PATENTS);
    return Combinators.combine(
            ids(),
            Arbitraries.of(Operator.values()),
            Arbitraries.integers().between(0, 15),
            Arbitraries.integers().between(2, 3))
        .as(
            (id, op, n, k) ->
                (Condition)
                    SumComparison.builder()
                        .id(FactId.of(id))
                        .label(label(id))
                        .source(SRC)
                        .indicators(ip.subList(0, k).stream().map(Indicator::id).toList())
                        .operator(op)
                        .threshold(Quantity.count(n, Unit.IP_ITEMS))
                        .build());
  }

  /** A yes/no status test on the one flag indicator, requiring yes or no. */
  private static Arbitrary<Condition> status() {
    return Combinators.combine(ids(), Arbitraries.of(true, false))
        .as(
            (id, yes) ->
                (Condition)
                    Status.builder()
                        .id(FactId.of(id))
                        .label(label(id))
                        .source(SRC)
                        .indicator(Indicators.HIGH_TECH_ENTERPRISE.id())
                        .required(yes)
                        .build());
  }

  private static Arbitrary<Condition> qualitative() {
    return Combinators.combine(ids(), Arbitraries.of(DECLARATIONS))
        .as(
            (id, d) ->
                (Condition)
                    Qualitative.builder()
                        .id(FactId.of(id))
                        .label(label(id))
                        .source(SRC)
                        .declaration(d)
                        .build());
  }

  private static Arbitrary<Condition> holdsTier() {
    return Combinators.combine(ids(), Arbitraries.of(FakePolicy.POOL, FakePolicy.GIANT))
        .as(
            (id, t) ->
                (Condition)
                    HoldsTier.builder()
                        .id(FactId.of(id))
                        .label(label(id))
                        .source(SRC)
                        .tier(t)
                        .build());
  }

  /**
   * Revenue bands cut at two or three sorted points; the first band may leave low values uncovered.
   */
  private static Arbitrary<Condition> banded(Arbitrary<Condition> leaf) {
    return Combinators.combine(
            ids(),
            Arbitraries.integers().between(1, 20000).set().ofMinSize(2).ofMaxSize(3),
            leaf.optional().list().ofSize(4),
            Arbitraries.of(true, false))
        .as(
            (id, cutSet, thens, openBelow) -> {
              List<Integer> cuts = new ArrayList<>(cutSet);
              cuts.sort(null);
              List<Band> bands = new ArrayList<>();
              if (openBelow) {
                bands.add(band(Interval.lessThan(wan(cuts.get(0))), thens.get(0).orElse(null)));
              }
              for (int i = 0; i + 1 < cuts.size(); i++) {
                bands.add(
                    band(
                        Interval.closedOpen(wan(cuts.get(i)), wan(cuts.get(i + 1))),
                        thens.get(i + 1).orElse(null)));
              }
              bands.add(
                  band(
                      Interval.atLeast(wan(cuts.get(cuts.size() - 1))), thens.get(3).orElse(null)));
              return (Condition)
                  Banded.builder()
                      .id(FactId.of(id))
                      .label(label(id))
                      .source(SRC)
                      .indicator(Indicators.OPERATING_REVENUE.id())
                      .bands(bands)
                      .build();
            });
  }

  private static Band band(Interval range, Condition then) {
    return then == null ? Band.free(range) : Band.of(range, then);
  }

  private static Quantity wan(int amount) {
    return Quantity.wanYuan(Integer.toString(amount));
  }

  private static Arbitrary<Condition> scorecard() {
    Arbitrary<ScoreItem> item =
        Combinators.combine(
                Arbitraries.of(Indicators.RND_INTENSITY, Indicators.MAIN_BUSINESS_SHARE),
                Arbitraries.of("innovation", "growth"),
                Arbitraries.integers().between(1, 99),
                Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(0, 20))
            .as(
                (ind, cat, cut, lowPts, highPts) ->
                    ScoreItem.builder()
                        .indicator(ind.id())
                        .category(cat)
                        .addBands(
                            ScoreBand.of(
                                Interval.closedOpen(
                                    Quantity.percent("0"), Quantity.percent(cut.toString())),
                                lowPts.toString()))
                        .addBands(
                            ScoreBand.of(
                                Interval.atLeast(Quantity.percent(cut.toString())),
                                highPts.toString()))
                        .build());
    return Combinators.combine(
            ids(),
            item.list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.integers().between(0, 40),
            Arbitraries.integers().between(0, 20))
        .as(
            (id, items, total, catMin) ->
                (Condition)
                    Scorecard.builder()
                        .id(FactId.of(id))
                        .label(label(id))
                        .source(SRC)
                        .items(items)
                        .minimumTotal(BigDecimal.valueOf(total))
                        .putCategoryMinimums(items.get(0).category(), BigDecimal.valueOf(catMin))
                        .build());
  }

  /** Any leaf shape. */
  public static Arbitrary<Condition> leaf() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, comparison()),
        net.jqwik.api.Tuple.of(1, status()),
        net.jqwik.api.Tuple.of(2, sum()),
        net.jqwik.api.Tuple.of(1, qualitative()),
        net.jqwik.api.Tuple.of(1, holdsTier()),
        net.jqwik.api.Tuple.of(1, scorecard()));
  }

  /** A random tree of every shape, at most {@code depth} combinators deep. */
  public static Arbitrary<Condition> tree(int depth) {
    return tree(depth, leaf(), true);
  }

  /** A random tree of lower-bound comparisons under monotone combinators. */
  public static Arbitrary<Condition> monotoneTree(int depth) {
    return tree(depth, lowerBoundComparison(), false);
  }

  private static Arbitrary<Condition> tree(
      int depth, Arbitrary<Condition> leaf, boolean withBands) {
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Condition> child = Arbitraries.lazy(() -> tree(depth - 1, leaf, withBands));
    Arbitrary<List<Condition>> kids = child.list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<Condition> allOf =
        Combinators.combine(ids(), kids)
            .as(
                (id, cs) ->
                    (Condition)
                        AllOf.builder()
                            .id(FactId.of(id))
                            .label(label(id))
                            .source(SRC)
                            .conditions(cs)
                            .build());
    Arbitrary<Condition> anyOf =
        Combinators.combine(ids(), kids)
            .as(
                (id, cs) ->
                    (Condition)
                        AnyOf.builder()
                            .id(FactId.of(id))
                            .label(label(id))
                            .source(SRC)
                            .conditions(cs)
                            .build());
    Arbitrary<Condition> atLeast =
        Combinators.combine(ids(), kids, Arbitraries.integers().between(1, 3))
            .as(
                (id, cs, n) ->
                    (Condition)
                        AtLeast.builder()
                            .id(FactId.of(id))
                            .label(label(id))
                            .source(SRC)
                            .count(Math.min(n, cs.size()))
                            .conditions(cs)
                            .build());
    List<Arbitrary<Condition>> options = new ArrayList<>(List.of(leaf, allOf, anyOf, atLeast));
    if (withBands) {
      options.add(banded(child));
    }
    return Arbitraries.oneOf(options);
  }

  /** Criteria with optional common conditions and one to three tracks. */
  public static Arbitrary<EligibilityCriteria> criteria(Arbitrary<Condition> trees) {
    return Combinators.combine(trees.optional(), trees.list().ofMinSize(1).ofMaxSize(3))
        .as(
            (common, tracks) -> {
              ImmutableEligibilityCriteriaBuilder b = new ImmutableEligibilityCriteriaBuilder();
              return b.build(common.orElse(null), tracks);
            });
  }

  /** Builds criteria from generated parts. */
  private static final class ImmutableEligibilityCriteriaBuilder {
    EligibilityCriteria build(Condition common, List<Condition> tracks) {
      var b =
          EligibilityCriteria.builder()
              .id(FactId.of("g.criteria"))
              .tier(FakePolicy.POOL)
              .label(LocalizedText.of("生成", "generated"))
              .source(SRC);
      if (common != null) {
        b.common(common);
      }
      for (int i = 0; i < tracks.size(); i++) {
        b.addTracks(
            Track.builder()
                .id(FactId.of("g.track-" + i))
                .kind(TrackKind.values()[i % 4])
                .label(LocalizedText.of("轨道", "track"))
                .condition(tracks.get(i))
                .build());
      }
      return b.build();
    }
  }

  /** A profile where each indicator, declaration and holding may be missing. */
  public static Arbitrary<EnterpriseProfile> profile() {
    List<Arbitrary<java.util.Optional<Quantity>>> values = new ArrayList<>();
    for (Indicator ind : INDICATORS) {
      values.add(value(ind).optional(0.6));
    }
    Arbitrary<List<java.util.Optional<Quantity>>> all =
        Combinators.combine(values).as(List::copyOf);
    Arbitrary<Map<String, Boolean>> declarations =
        Arbitraries.maps(Arbitraries.of(DECLARATIONS), Arbitraries.of(true, false)).ofMaxSize(3);
    Arbitrary<List<TierHolding>> holdings =
        Arbitraries.of(FakePolicy.POOL, FakePolicy.GIANT)
            .set()
            .ofMaxSize(2)
            .map(
                set ->
                    set.stream()
                        .map(t -> TierHolding.of(t.toString(), LocalDate.of(2023, 1, 1)))
                        .toList());
    return Combinators.combine(
            all,
            declarations,
            holdings,
            Arbitraries.of(true, false),
            Arbitraries.of(io.github.srdipolicy.model.ApplicationKind.class))
        .as(
            (vals, decl, tiers, complete, kind) -> {
              EnterpriseProfile.Builder b =
                  EnterpriseProfile.builder()
                      .jurisdiction(FakePolicy.COUNTY)
                      .declarations(decl)
                      .tiers(tiers)
                      .tiersComplete(complete)
                      .applicationKind(kind);
              for (int i = 0; i < INDICATORS.size(); i++) {
                Indicator ind = INDICATORS.get(i);
                vals.get(i).ifPresent(v -> b.putValues(ind.id(), v));
              }
              return b.build();
            });
  }
}
