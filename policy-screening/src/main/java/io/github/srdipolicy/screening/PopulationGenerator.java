package io.github.srdipolicy.screening;

import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.TierHolding;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.IndicatorRegistry;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.RecognitionLevel;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A reproducible synthetic population of firms for tests and benchmarks: firm {@code i} of a
 * generator with seed {@code s} is always the same profile.
 *
 * <p>Values follow rough shapes of SME registers: money log-normal around 3000万元 (profits around
 * zero), shares between 30% and 100%, growth rates normal around 8%, R&amp;D intensity log-normal
 * around 3%, patent counts and ranks geometric, recognition levels mostly low. A configurable share
 * of every value is missing; declarations are mostly true. The figures are invented, not
 * statistics. Immutable and thread-safe.
 */
public final class PopulationGenerator {
  private final long seed;
  private final double missingShare;
  private final List<JurisdictionCode> jurisdictions;
  private final List<Indicator> indicators;
  private final List<String> declarations;
  private final List<TierId> tiers;

  private PopulationGenerator(
      long seed,
      double missingShare,
      List<JurisdictionCode> jurisdictions,
      List<Indicator> indicators,
      List<String> declarations,
      List<TierId> tiers) {
    if (!(missingShare >= 0 && missingShare < 1)) {
      throw new IllegalArgumentException(
          "Invalid missingShare: '" + missingShare + "' (must be in [0, 1))");
    }
    if (jurisdictions.isEmpty()) {
      throw new IllegalArgumentException("Invalid jurisdictions: '[]' (at least one is needed)");
    }
    this.seed = seed;
    this.missingShare = missingShare;
    this.jurisdictions = List.copyOf(jurisdictions);
    this.indicators = List.copyOf(indicators);
    this.declarations = List.copyOf(declarations);
    this.tiers = List.copyOf(tiers);
  }

  /**
   * Creates a generator for the indicators, declarations and tiers a screener uses.
   *
   * @param screener the screener, not null
   * @param registry the indicator definitions, not null
   * @param jurisdictions where firms are registered, drawn uniformly, not empty
   * @param seed the seed
   * @param missingShare the share of values left missing, in [0, 1)
   * @return the generator, never null
   */
  public static PopulationGenerator forScreener(
      Screener screener,
      IndicatorRegistry registry,
      List<JurisdictionCode> jurisdictions,
      long seed,
      double missingShare) {
    List<Indicator> inds = screener.indicatorIds().stream().map(registry::get).toList();
    return new PopulationGenerator(
        seed,
        missingShare,
        jurisdictions,
        inds,
        screener.declarationKeys(),
        List.copyOf(screener.tiers()));
  }

  /**
   * Returns firm {@code index}.
   *
   * @param index the firm's index, not negative
   * @return the profile, never null
   */
  public EnterpriseProfile profile(long index) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    EnterpriseProfile.Builder b =
        EnterpriseProfile.builder()
            .name("synthetic-" + index)
            .jurisdiction(jurisdictions.get(r.nextInt(jurisdictions.size())));
    for (Indicator ind : indicators) {
      Quantity v = draw(ind, r);
      if (r.nextDouble() >= missingShare) {
        b.putValues(ind.id(), v);
      }
    }
    for (String key : declarations) {
      double u = r.nextDouble();
      if (u >= missingShare) {
        b.putDeclarations(key, u < 0.85);
      }
    }
    for (TierId tier : tiers) {
      if (r.nextDouble() < 0.1) {
        b.addTiers(
            TierHolding.of(tier.toString(), LocalDate.of(2021, 1, 1).plusDays(r.nextInt(700))));
      }
    }
    return b.build();
  }

  /**
   * Returns the first {@code size} firms as a population for a screener.
   *
   * @param screener the screener, not null
   * @param size the number of firms
   * @param asOf the date tier holdings are checked on, not null
   * @return the population, never null
   */
  public Population population(Screener screener, int size, LocalDate asOf) {
    Population.Builder b = screener.populationBuilder(size, asOf);
    for (int i = 0; i < size; i++) {
      b.add(profile(i));
    }
    return b.build();
  }

  private static Quantity draw(Indicator ind, SplittableRandom r) {
    IndicatorId id = ind.id();
    BigDecimal min = ind.minimum().orElse(null);
    BigDecimal max = ind.maximum().orElse(null);
    switch (ind.unit().kind()) {
      case MONEY:
        {
          double wan =
              min == null
                  ? 300 + 800 * r.nextGaussian()
                  : Math.exp(Math.log(3000) + 1.3 * r.nextGaussian());
          if (id.toString().contains("equity")) {
            wan = r.nextDouble() < 0.8 ? 0 : Math.exp(Math.log(3000) + 1.5 * r.nextGaussian());
          }
          return clamp(Quantity.of(scaled(wan, 2), Unit.WAN_YUAN), min, max);
        }
      case RATIO:
        {
          double pct;
          if (max != null && max.compareTo(BigDecimal.ONE) == 0) {
            pct = 30 + 70 * r.nextDouble();
          } else if (min != null && min.signum() < 0) {
            pct = 8 + 15 * r.nextGaussian();
          } else if (id.toString().contains("debt")) {
            pct = 10 + 80 * r.nextDouble();
          } else if (min == null) {
            pct = 6 + 8 * r.nextGaussian();
          } else {
            pct = Math.exp(Math.log(3) + 0.7 * r.nextGaussian());
          }
          return clamp(Quantity.of(scaled(pct, 2), Unit.PERCENT), min, max);
        }
      case COUNT:
        return clamp(Quantity.count(geometric(r, 4), ind.unit()), min, max);
      case RANK:
        return clamp(Quantity.rank(1 + (int) geometric(r, 8)), min, max);
      case YEARS:
        return clamp(Quantity.years(Integer.toString(r.nextInt(31))), min, max);
      case CALENDAR_YEAR:
        return clamp(Quantity.calendarYear(1985 + r.nextInt(39)), min, max);
      case DATE:
        return clamp(Quantity.date(LocalDate.of(1990, 1, 1).plusDays(r.nextInt(12_000))), min, max);
      case STATUS:
        return clamp(Quantity.flag(r.nextDouble() < 0.35), min, max);
      case LEVEL:
        {
          double u = r.nextDouble();
          RecognitionLevel level =
              u < 0.5
                  ? RecognitionLevel.NONE
                  : u < 0.6
                      ? RecognitionLevel.COUNTY
                      : u < 0.8
                          ? RecognitionLevel.CITY
                          : u < 0.95 ? RecognitionLevel.PROVINCE : RecognitionLevel.NATIONAL;
          return clamp(Quantity.level(level), min, max);
        }
      default:
        return clamp(Quantity.of(BigDecimal.valueOf(30 + r.nextInt(66)), ind.unit()), min, max);
    }
  }

  private static long geometric(SplittableRandom r, double mean) {
    double p = 1 / (mean + 1);
    return (long) Math.floor(Math.log(1 - r.nextDouble()) / Math.log(1 - p));
  }

  private static BigDecimal scaled(double v, int scale) {
    return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_EVEN);
  }

  /** Keeps a drawn value inside the indicator's valid range (bounds are in base units). */
  private static Quantity clamp(Quantity q, BigDecimal min, BigDecimal max) {
    BigDecimal factor = q.unit().factor();
    if (min != null && q.baseValue().compareTo(min) < 0) {
      return Quantity.of(min.divide(factor), q.unit());
    }
    if (max != null && q.baseValue().compareTo(max) > 0) {
      return Quantity.of(max.divide(factor), q.unit());
    }
    return q;
  }
}
