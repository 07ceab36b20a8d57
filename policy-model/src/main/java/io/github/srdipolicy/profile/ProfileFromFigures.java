package io.github.srdipolicy.profile;

import io.github.srdipolicy.internal.Checks;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Derives the standard windowed indicators from yearly accounts, for a reference year: the last
 * completed financial year before an application ("the prior year" of the criteria).
 *
 * <p>Windows, with R the reference year:
 *
 * <ul>
 *   <li>{@code PRIOR_YEAR}: the figure of R, or a ratio of two figures of R.
 *   <li>{@code SUM_LAST_2_YEARS}: the sum over R−1 and R; {@link Indicators#RND_INTENSITY_2Y} is
 *       the sum of R&amp;D expenditure divided by the sum of operating revenue, as its definition
 *       says.
 *   <li>{@code AVERAGE_LAST_2_YEARS}: the mean over R−1 and R.
 *   <li>{@code EACH_OF_LAST_2_YEARS}: the lower of the two yearly ratios of R−1 and R.
 *   <li>{@code AVERAGE_LAST_3_YEARS}: the mean over R−2, R−1 and R.
 * </ul>
 *
 * <p><b>Ratios.</b> R&amp;D intensity is R&amp;D expenditure over operating revenue (also for
 * {@link Indicators#RND_INTENSITY_AVG}, whose 销售收入 is read as operating revenue, averaging the
 * three yearly ratios); main-business share is main-business over operating revenue; net margin is
 * net profit over operating revenue; the debt-to-asset ratio is total liabilities over total
 * assets; the R&amp;D staff share is R&amp;D staff over employees.
 *
 * <p><b>Growth.</b> The growth rate of year Y is (x(Y) − x(Y−1)) / x(Y−1), so it needs both years.
 * An average growth rate "over the last N years" is the arithmetic mean of the N yearly growth
 * rates of R−N+1 … R, and so needs the figures of N+1 years (three years for the two-year average,
 * four for the three-year one). A rate whose base year figure is zero or negative (a loss) is not
 * meaningful and is absent, and so is any average needing it.
 *
 * <p><b>Rounding.</b> Sums, differences, two-year means and unit changes of money are exact.
 * Quotients are taken with {@link MathContext#DECIMAL128} (34 significant digits) and averaged
 * unrounded; only the final value is rounded, {@link RoundingMode#HALF_EVEN}: ratios and growth
 * rates to {@value #PERCENT_SCALE} decimal places of a percent (so 1/3 is 33.333333%), the
 * three-year mean of money to {@value #MONEY_SCALE} decimal places of a yuan (a fen). Money is
 * returned in the indicator's declared unit, ratios in percent.
 *
 * <p><b>Absent, never guessed.</b> An indicator whose figures are missing for a year it needs, or
 * whose denominator is zero, is left out of the result; it is never set to zero. Not derived:
 * indicators needing figures the accounts here lack, such as operating profit ({@link
 * Indicators#OPERATING_MARGIN_AVG_3Y}) or taxes ({@link Indicators#PROFIT_AND_TAX}).
 *
 * <p>Stateless and thread-safe.
 */
public final class ProfileFromFigures {
  /** Decimal places of a percent to which ratios and growth rates are rounded. */
  public static final int PERCENT_SCALE = 6;

  /** Decimal places of a yuan to which money means that do not terminate are rounded. */
  public static final int MONEY_SCALE = 2;

  /** The rounding of the final values. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  private static final MathContext QUOTIENT = MathContext.DECIMAL128;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final List<Indicator> DERIVABLE =
      List.of(
          Indicators.OPERATING_REVENUE,
          Indicators.MAIN_BUSINESS_REVENUE,
          Indicators.MAIN_BUSINESS_REVENUE_AVG_3Y,
          Indicators.TOTAL_PROFIT,
          Indicators.NET_PROFIT,
          Indicators.RND_EXPENDITURE,
          Indicators.RND_EXPENDITURE_SUM_2Y,
          Indicators.RND_EXPENDITURE_AVG_2Y,
          Indicators.RND_INTENSITY,
          Indicators.RND_INTENSITY_2Y,
          Indicators.RND_INTENSITY_EACH_2Y,
          Indicators.RND_INTENSITY_AVG,
          Indicators.MAIN_BUSINESS_SHARE,
          Indicators.DEBT_TO_ASSET_RATIO,
          Indicators.OPERATING_REVENUE_GROWTH_AVG_3Y,
          Indicators.MAIN_BUSINESS_GROWTH,
          Indicators.MAIN_BUSINESS_GROWTH_AVG_2Y,
          Indicators.NET_PROFIT_GROWTH_AVG_2Y,
          Indicators.NET_MARGIN,
          Indicators.RND_STAFF_SHARE,
          Indicators.EMPLOYEES);

  private ProfileFromFigures() {}

  /**
   * Returns the indicators {@link #derive} can produce, given all the figures they need.
   *
   * @return the indicators, in the order of {@link Indicators#all()}, never null
   */
  public static List<Indicator> derivable() {
    return DERIVABLE;
  }

  /**
   * Derives indicator values from yearly figures. Put the result into a profile with {@code
   * EnterpriseProfile.builder().putAllValues(...)}.
   *
   * <p>{@link Indicators#MAIN_BUSINESS_REVENUE_AVG_3Y} is the mean of main-business revenue
   * (主营业务收入), as the criteria quote it.
   *
   * @param figures one entry per year, years strictly ascending, not null; years after the
   *     reference year are ignored
   * @param referenceYear the last completed financial year
   * @return the derived values by indicator id, in the order of {@link #derivable()}; unmodifiable,
   *     never null, without the indicators that cannot be derived
   * @throws IllegalArgumentException if a year repeats or comes out of order (the figures
   *     themselves are checked when built)
   */
  public static Map<IndicatorId, Quantity> derive(List<YearlyFigures> figures, int referenceYear) {
    Map<Integer, YearlyFigures> byYear = new HashMap<>();
    for (int i = 0; i < figures.size(); i++) {
      int year = figures.get(i).year();
      Checks.check(!byYear.containsKey(year), "figures[" + i + "].year", year, "duplicate year");
      if (i > 0) {
        int previous = figures.get(i - 1).year();
        Checks.check(
            year > previous,
            "figures[" + i + "].year",
            year,
            "years must be in ascending order, but it follows " + previous);
      }
      byYear.put(year, figures.get(i));
    }
    return new Derivation(byYear, referenceYear).run();
  }

  /** One derivation; kept apart so that the helpers can share the figures and the year. */
  private static final class Derivation {
    private final Map<Integer, YearlyFigures> byYear;
    private final int r;
    private final Map<Indicator, Quantity> out = new HashMap<>();

    Derivation(Map<Integer, YearlyFigures> byYear, int referenceYear) {
      this.byYear = byYear;
      this.r = referenceYear;
    }

    Map<IndicatorId, Quantity> run() {
      Function<YearlyFigures, Optional<Quantity>> opRev = YearlyFigures::operatingRevenue;
      Function<YearlyFigures, Optional<Quantity>> mbRev = YearlyFigures::mainBusinessRevenue;
      Function<YearlyFigures, Optional<Quantity>> rnd = YearlyFigures::rndExpenditure;
      Function<YearlyFigures, Optional<Quantity>> net = YearlyFigures::netProfit;

      money(Indicators.OPERATING_REVENUE, yuan(r, opRev));
      money(Indicators.MAIN_BUSINESS_REVENUE, yuan(r, mbRev));
      money(Indicators.TOTAL_PROFIT, yuan(r, YearlyFigures::totalProfit));
      money(Indicators.NET_PROFIT, yuan(r, net));
      money(Indicators.RND_EXPENDITURE, yuan(r, rnd));
      count(r, YearlyFigures::employees)
          .ifPresent(n -> out.put(Indicators.EMPLOYEES, Quantity.of(n, Unit.PERSONS)));

      Optional<BigDecimal> rndSum = sum(rnd, r - 1, r);
      money(Indicators.RND_EXPENDITURE_SUM_2Y, rndSum);
      money(Indicators.RND_EXPENDITURE_AVG_2Y, rndSum.map(s -> s.divide(BigDecimal.valueOf(2))));
      money(
          Indicators.MAIN_BUSINESS_REVENUE_AVG_3Y,
          sum(mbRev, r - 2, r).map(s -> s.divide(BigDecimal.valueOf(3), MONEY_SCALE, ROUNDING)));

      ratio(Indicators.RND_INTENSITY, ratio(rnd, opRev, r));
      ratio(
          Indicators.RND_INTENSITY_2Y,
          both(rndSum, sum(opRev, r - 1, r)).flatMap(p -> divide(p[0], p[1])));
      ratio(
          Indicators.RND_INTENSITY_EACH_2Y,
          both(ratio(rnd, opRev, r - 1), ratio(rnd, opRev, r)).map(p -> p[0].min(p[1])));
      ratio(
          Indicators.RND_INTENSITY_AVG,
          mean(ratio(rnd, opRev, r - 2), ratio(rnd, opRev, r - 1), ratio(rnd, opRev, r)));
      ratio(Indicators.MAIN_BUSINESS_SHARE, ratio(mbRev, opRev, r));
      ratio(
          Indicators.DEBT_TO_ASSET_RATIO,
          ratio(YearlyFigures::totalLiabilities, YearlyFigures::totalAssets, r));
      ratio(Indicators.NET_MARGIN, ratio(net, opRev, r));
      ratio(
          Indicators.RND_STAFF_SHARE,
          both(count(r, YearlyFigures::rndStaff), count(r, YearlyFigures::employees))
              .flatMap(p -> divide(p[0], p[1])));

      ratio(Indicators.MAIN_BUSINESS_GROWTH, growth(mbRev, r));
      ratio(Indicators.MAIN_BUSINESS_GROWTH_AVG_2Y, mean(growth(mbRev, r - 1), growth(mbRev, r)));
      ratio(Indicators.NET_PROFIT_GROWTH_AVG_2Y, mean(growth(net, r - 1), growth(net, r)));
      ratio(
          Indicators.OPERATING_REVENUE_GROWTH_AVG_3Y,
          mean(growth(opRev, r - 2), growth(opRev, r - 1), growth(opRev, r)));

      Map<IndicatorId, Quantity> ordered = new LinkedHashMap<>();
      DERIVABLE.stream().filter(out::containsKey).forEach(i -> ordered.put(i.id(), out.get(i)));
      return Collections.unmodifiableMap(ordered);
    }

    /** A money figure of a year, in yuan. */
    private Optional<BigDecimal> yuan(int year, Function<YearlyFigures, Optional<Quantity>> field) {
      return Optional.ofNullable(byYear.get(year)).flatMap(field).map(Quantity::baseValue);
    }

    private Optional<BigDecimal> count(int year, Function<YearlyFigures, OptionalInt> field) {
      OptionalInt n = Optional.ofNullable(byYear.get(year)).map(field).orElse(OptionalInt.empty());
      return n.isPresent() ? Optional.of(BigDecimal.valueOf(n.getAsInt())) : Optional.empty();
    }

    private Optional<BigDecimal> sum(
        Function<YearlyFigures, Optional<Quantity>> field, int from, int to) {
      BigDecimal total = BigDecimal.ZERO;
      for (int year = from; year <= to; year++) {
        Optional<BigDecimal> value = yuan(year, field);
        if (value.isEmpty()) {
          return Optional.empty();
        }
        total = total.add(value.get());
      }
      return Optional.of(total);
    }

    /** A ratio of two money figures of one year, as an unrounded fraction. */
    private Optional<BigDecimal> ratio(
        Function<YearlyFigures, Optional<Quantity>> numerator,
        Function<YearlyFigures, Optional<Quantity>> denominator,
        int year) {
      return both(yuan(year, numerator), yuan(year, denominator)).flatMap(p -> divide(p[0], p[1]));
    }

    /** The growth of a money figure in a year over the year before, as an unrounded fraction. */
    private Optional<BigDecimal> growth(
        Function<YearlyFigures, Optional<Quantity>> field, int year) {
      return both(yuan(year, field), yuan(year - 1, field))
          .filter(p -> p[1].signum() > 0)
          .flatMap(p -> divide(p[0].subtract(p[1]), p[1]));
    }

    private void money(Indicator indicator, Optional<BigDecimal> yuan) {
      yuan.ifPresent(v -> out.put(indicator, Quantity.of(v, Unit.YUAN).to(indicator.unit())));
    }

    private void ratio(Indicator indicator, Optional<BigDecimal> fraction) {
      fraction.ifPresent(
          f ->
              out.put(
                  indicator,
                  Quantity.of(
                      tidy(f.multiply(HUNDRED).setScale(PERCENT_SCALE, ROUNDING)), Unit.PERCENT)));
    }
  }

  private static Optional<BigDecimal> divide(BigDecimal numerator, BigDecimal denominator) {
    return denominator.signum() == 0
        ? Optional.empty()
        : Optional.of(numerator.divide(denominator, QUOTIENT));
  }

  @SafeVarargs
  private static Optional<BigDecimal> mean(Optional<BigDecimal>... values) {
    BigDecimal total = BigDecimal.ZERO;
    for (Optional<BigDecimal> value : values) {
      if (value.isEmpty()) {
        return Optional.empty();
      }
      total = total.add(value.get());
    }
    return Optional.of(total.divide(BigDecimal.valueOf(values.length), QUOTIENT));
  }

  private static Optional<BigDecimal[]> both(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isPresent() && b.isPresent()
        ? Optional.of(new BigDecimal[] {a.get(), b.get()})
        : Optional.empty();
  }

  /** Drops trailing zeros so that 12.500000% reads 12.5%, without a negative scale. */
  private static BigDecimal tidy(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
