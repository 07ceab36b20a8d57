package io.github.srdipolicy.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.model.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the derivation over random, partly missing accounts. */
class ProfileFromFiguresPropertiesTest {
  private static final List<Unit> MONEY = List.of(Unit.YUAN, Unit.WAN_YUAN, Unit.YI_YUAN);

  @Provide
  Arbitrary<List<YearlyFigures>> accounts() {
    Arbitrary<Optional<Quantity>> nonNegative = money(BigDecimal.ZERO);
    Arbitrary<Optional<Quantity>> signed = money(new BigDecimal("-1000000"));
    Arbitrary<YearlyFigures> year =
        Combinators.combine(
                nonNegative,
                nonNegative,
                nonNegative,
                signed,
                signed,
                nonNegative,
                nonNegative,
                Arbitraries.integers().between(0, 500).injectNull(0.2))
            .as(
                (rev, mb, rnd, profit, net, assets, liabilities, staff) -> {
                  YearlyFigures.Builder b =
                      YearlyFigures.builder()
                          .year(0)
                          .rndExpenditure(rnd)
                          .totalProfit(profit)
                          .netProfit(net)
                          .totalAssets(assets)
                          .totalLiabilities(liabilities);
                  // main-business revenue is part of operating revenue: the larger of two draws is
                  // the latter.
                  if (rev.isPresent() && mb.isPresent() && mb.get().compareTo(rev.get()) > 0) {
                    b.operatingRevenue(mb).mainBusinessRevenue(rev);
                  } else {
                    b.operatingRevenue(rev).mainBusinessRevenue(mb);
                  }
                  if (staff != null) {
                    b.employees(staff).rndStaff(staff / 3);
                  }
                  return b.build();
                });
    return year.list()
        .ofSize(4)
        .map(
            ys -> {
              List<YearlyFigures> numbered = new ArrayList<>();
              for (int i = 0; i < ys.size(); i++) {
                numbered.add(YearlyFigures.builder().from(ys.get(i)).year(2020 + i).build());
              }
              return numbered;
            });
  }

  private static Arbitrary<Optional<Quantity>> money(BigDecimal min) {
    return Combinators.combine(
            Arbitraries.bigDecimals()
                .between(min, new BigDecimal("1000000"))
                .ofScale(2)
                .edgeCases(c -> c.add(BigDecimal.ZERO)),
            Arbitraries.of(MONEY))
        .as(Quantity::of)
        .injectNull(0.2)
        .map(Optional::ofNullable);
  }

  @Provide
  Arbitrary<BigDecimal> factors() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("0.001"), new BigDecimal("1000"))
        .ofScale(3);
  }

  @Property(tries = 1000)
  @Label("scaling every money figure by a positive factor leaves every ratio unchanged")
  void scalingMoneyLeavesRatiosUnchanged(
      @ForAll("accounts") List<YearlyFigures> accounts, @ForAll("factors") BigDecimal factor) {
    Map<IndicatorId, Quantity> before = ProfileFromFigures.derive(accounts, 2023);
    Map<IndicatorId, Quantity> after = ProfileFromFigures.derive(scale(accounts, factor), 2023);
    assertEquals(
        before.keySet(), after.keySet(), "scaling must not change which indicators can be derived");
    before.forEach(
        (id, q) -> {
          if (q.kind() == ValueKind.RATIO) {
            assertEquals(q, after.get(id), id.toString());
          }
        });
  }

  @Property(tries = 1000)
  @Label("ratios have at most six decimals of a percent; money stays money, counts stay counts")
  void valuesKeepTheirKindAndPrecision(@ForAll("accounts") List<YearlyFigures> accounts) {
    ProfileFromFigures.derive(accounts, 2023)
        .forEach(
            (id, q) -> {
              if (q.kind() == ValueKind.RATIO) {
                assertEquals(Unit.PERCENT, q.unit(), id.toString());
                assertTrue(
                    q.amount().scale() <= ProfileFromFigures.PERCENT_SCALE,
                    id + " = " + q.amount());
              } else {
                assertTrue(q.kind() == ValueKind.MONEY || q.unit() == Unit.PERSONS, id + " = " + q);
              }
            });
  }

  private static List<YearlyFigures> scale(List<YearlyFigures> accounts, BigDecimal factor) {
    List<YearlyFigures> scaled = new ArrayList<>();
    for (YearlyFigures y : accounts) {
      scaled.add(
          YearlyFigures.builder()
              .from(y)
              .operatingRevenue(times(y.operatingRevenue(), factor))
              .mainBusinessRevenue(times(y.mainBusinessRevenue(), factor))
              .rndExpenditure(times(y.rndExpenditure(), factor))
              .totalProfit(times(y.totalProfit(), factor))
              .netProfit(times(y.netProfit(), factor))
              .totalAssets(times(y.totalAssets(), factor))
              .totalLiabilities(times(y.totalLiabilities(), factor))
              .build());
    }
    return scaled;
  }

  private static Optional<Quantity> times(Optional<Quantity> q, BigDecimal factor) {
    return q.map(v -> Quantity.of(v.amount().multiply(factor), v.unit()));
  }
}
