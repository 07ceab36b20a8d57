package io.github.srdipolicy.benchmarks;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.TierHolding;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.RecognitionLevel;
import io.github.srdipolicy.model.Unit;
import java.time.LocalDate;

/** Shared inputs of the benchmarks. */
final class Fixtures {
  static final LocalDate DATE = LocalDate.of(2023, 6, 1);

  private Fixtures() {}

  /** A Jiaohe firm with the usual figures; its chain brings national, provincial, city and county documents. */
  static EnterpriseProfile jiaoheFirm() {
    return EnterpriseProfile.builder()
        .name("benchmark firm")
        .jurisdiction(JurisdictionCode.of("220281"))
        .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.wanYuan("6000"))
        .putValues(Indicators.MAIN_BUSINESS_REVENUE.id(), Quantity.wanYuan("5600"))
        .putValues(Indicators.MAIN_BUSINESS_SHARE.id(), Quantity.percent("93"))
        .putValues(Indicators.RND_INTENSITY.id(), Quantity.percent("4.2"))
        .putValues(Indicators.RND_INTENSITY_2Y.id(), Quantity.percent("4"))
        .putValues(Indicators.DEBT_TO_ASSET_RATIO.id(), Quantity.percent("48"))
        .putValues(Indicators.INVENTION_PATENTS.id(), Quantity.count(3, Unit.IP_ITEMS))
        .putValues(Indicators.UTILITY_MODEL_PATENTS.id(), Quantity.count(12, Unit.IP_ITEMS))
        .putValues(Indicators.YEARS_IN_NICHE.id(), Quantity.years("6"))
        .putValues(Indicators.RND_INSTITUTION_LEVEL.id(), Quantity.level(RecognitionLevel.CITY))
        .putValues(Indicators.HIGH_TECH_ENTERPRISE.id(), Quantity.flag(true))
        .addTiers(TierHolding.of("cn.innovative-sme", LocalDate.of(2022, 8, 1)))
        .putDeclarations("well-managed", true)
        .build();
  }

  static Catalog catalog() {
    return Catalog.load();
  }
}
