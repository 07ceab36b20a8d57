package io.github.srdipolicy.national;

import static io.github.srdipolicy.national.Fixtures.CATALOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.model.Confidence;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Schedule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 工信部政法〔2023〕138号 as NATIONAL-2026.md §5 lists it, each fact with its grade (B → SECONDARY_C, C →
 * SECONDARY_S).
 */
class Champion2023Test {
  private static final String C23 = "cn.champion-2023.criteria";
  private static final LocalDate ON = LocalDate.of(2024, 6, 1);

  /** Art. 3 negative list (B): three declarations, each a condition of the criteria. */
  @Test
  void negativeListOfArticleThree() {
    List<String> declarations =
        List.of("no-major-incidents-3y-champion-list", "no-tax-evasion-3y", "no-data-fraud-3y");
    for (String key : declarations) {
      Qualitative q =
          CATALOG.fact(
              FactId.of("cn.champion-2023." + key.replace("-champion-list", "")),
              Qualitative.class);
      assertEquals(key, q.declaration());
      assertEquals("第三条", q.source().clause());
      assertEquals(Confidence.SECONDARY_C, q.source().confidence());
    }
    assertTrue(
        CATALOG
            .fact(FactId.of("cn.champion-2023.no-major-incidents-3y"), Qualitative.class)
            .label()
            .zh()
            .contains("网络安全、数据安全、保密"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"no-major-incidents-3y-champion-list", "no-tax-evasion-3y", "no-data-fraud-3y"})
  void eachExclusionDecides(String key) {
    assertEquals(Outcome.ELIGIBLE, BoundaryTest.champion2023().against(C23, ON));
    assertEquals(
        Outcome.NOT_ELIGIBLE, BoundaryTest.champion2023().declare(key, false).against(C23, ON));
    Fixtures.Firm unknown = BoundaryTest.champion2023();
    unknown.declarations.remove(key);
    assertEquals(Outcome.UNDETERMINED, unknown.against(C23, ON));
  }

  /**
   * Annex 1 (B): the revenue bound is on main-business revenue, inclusive; the 2亿 claim (S) is not
   * encoded.
   */
  @Test
  void mainBusinessRevenueAverage() {
    EligibilityCriteria c = Fixtures.criteria(C23);
    assertEquals(Confidence.SECONDARY_C, c.source().confidence());
    assertEquals(Outcome.ELIGIBLE, BoundaryTest.champion2023().against(C23, ON));
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        BoundaryTest.champion2023()
            .with(
                io.github.srdipolicy.model.Indicators.MAIN_BUSINESS_REVENUE_AVG_3Y,
                io.github.srdipolicy.model.Quantity.wanYuan("39999.99"))
            .against(C23, ON));
    // little giants are recommended first, but no lower bound is encoded for them
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        BoundaryTest.champion2023()
            .holds("cn.little-giant", LocalDate.of(2023, 7, 1))
            .with(
                io.github.srdipolicy.model.Indicators.MAIN_BUSINESS_REVENUE_AVG_3Y,
                io.github.srdipolicy.model.Quantity.yiYuan("2"))
            .against(C23, ON));
    assertFalse(c.caveats().isEmpty());
  }

  @Test
  void procedures() {
    Provision priority =
        CATALOG.fact(FactId.of("cn.champion-2023.priority-recommendation"), Provision.class);
    assertEquals(Confidence.SECONDARY_C, priority.source().confidence());
    assertTrue(priority.note().orElseThrow().en().contains("not a lower threshold"));
    Provision validity =
        CATALOG.fact(FactId.of("cn.champion-2023.recognition-validity"), Provision.class);
    assertTrue(validity.label().zh().contains("复核"));
    // the yearly update by 31 May is from one source only (C → SECONDARY_S)
    Provision update = CATALOG.fact(FactId.of("cn.champion-2023.yearly-update"), Provision.class);
    assertEquals(Confidence.SECONDARY_S, update.source().confidence());
    assertEquals(Schedule.Period.YEAR, update.schedules().get(0).every());
  }

  /**
   * 工信厅联产业函〔2019〕78号 (B): its two changes to the 2016 plan, recorded, not built into the 2016
   * criteria.
   */
  @Test
  void notice2019() {
    Provision exemption =
        CATALOG.fact(FactId.of("cn.notice-2019.product-track-share-exemption"), Provision.class);
    assertEquals("工信厅联产业函〔2019〕78号", exemption.source().document().toString());
    assertEquals(Confidence.SECONDARY_C, exemption.source().confidence());
    Provision below =
        CATALOG.fact(FactId.of("cn.notice-2019.below-4yi-little-giant"), Provision.class);
    assertTrue(
        below
            .quantity()
            .orElseThrow()
            .isSameValueAs(io.github.srdipolicy.model.Quantity.yiYuan("4")));
    assertTrue(below.note().orElseThrow().en().contains("excludes the bound"));
    assertEquals(
        LocalDate.of(2023, 9, 1),
        CATALOG
            .document(io.github.srdipolicy.model.DocumentId.of("工信厅联产业函〔2019〕78号"))
            .validity()
            .end()
            .orElseThrow());
  }
}
