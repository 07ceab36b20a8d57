package io.github.srdipolicy.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.testing.FakePolicy;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * One test per kind of invalid input: each is rejected with a message naming the field and the
 * value.
 */
class InvalidInputTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  private static void rejects(Executable call, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    for (String fragment : fragments) {
      assertTrue(
          e.getMessage().contains(fragment),
          () -> "message '" + e.getMessage() + "' lacks '" + fragment + "'");
    }
  }

  private static void evaluate(IndicatorId id, Quantity value) {
    EnterpriseProfile p =
        EnterpriseProfile.builder().jurisdiction(FakePolicy.COUNTY).putValues(id, value).build();
    EligibilityEvaluator.DEFAULT.evaluate(FakePolicy.poolCriteria(), p, DAY);
  }

  @Test
  @DisplayName("a negative count is rejected, naming the indicator and the value")
  void negativeCount() {
    rejects(
        () -> evaluate(Indicators.INVENTION_PATENTS.id(), Quantity.count(-1, Unit.IP_ITEMS)),
        "invention-patents",
        "-1");
  }

  @Test
  @DisplayName("a share above 100% is rejected")
  void ratioOutOfRange() {
    rejects(
        () -> evaluate(Indicators.MAIN_BUSINESS_SHARE.id(), Quantity.percent("120")),
        "main-business-share",
        "120");
  }

  @Test
  @DisplayName("a value in the wrong unit (percent for money) is rejected")
  void wrongUnit() {
    rejects(
        () -> evaluate(Indicators.MAIN_BUSINESS_REVENUE.id(), Quantity.percent("5")),
        "main-business-revenue",
        "PERCENT");
  }

  @Test
  @DisplayName("counts of different things do not mix")
  void wrongCountUnit() {
    rejects(
        () -> evaluate(Indicators.INVENTION_PATENTS.id(), Quantity.count(3, Unit.PERSONS)),
        "invention-patents",
        "PERSONS");
  }

  @Test
  @DisplayName("an unknown indicator is rejected, naming it")
  void unknownIndicator() {
    rejects(
        () -> evaluate(IndicatorId.of("no-such-indicator"), Quantity.wanYuan("1")),
        "no-such-indicator");
  }

  @Test
  @DisplayName(
      "an unknown jurisdiction is rejected by the catalogue, naming it and the nearest valid code")
  void unknownJurisdiction() {
    Catalog catalog = Catalog.of(new FakePolicy());
    rejects(() -> catalog.chain(JurisdictionCode.of("220299")), "220299", "220284");
  }

  @Test
  @DisplayName("a malformed jurisdiction code is rejected")
  void malformedJurisdictionCode() {
    rejects(() -> JurisdictionCode.of("22028"), "jurisdictionCode", "22028");
  }

  @Test
  @DisplayName("a malformed amount is rejected")
  void malformedAmount() {
    rejects(() -> Quantity.wanYuan("5千"), "amount", "5千");
  }

  @Test
  @DisplayName("an id with upper case or spaces is rejected")
  void malformedId() {
    rejects(() -> TierId.of("Little Giant"), "tierId", "Little Giant");
  }

  @Test
  @DisplayName("a date range that ends before it starts is rejected")
  void invertedDateRange() {
    rejects(
        () -> DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1)),
        "end",
        "2024-01-01");
  }

  @Test
  @DisplayName("a recognition that expires before it starts is rejected")
  void invertedHolding() {
    rejects(
        () ->
            TierHolding.builder()
                .tier(TierId.of("fake.pool"))
                .recognised(DAY)
                .expires(DAY.minusDays(1))
                .build(),
        "expires",
        "fake.pool");
  }

  @Test
  @DisplayName("JSON with an unknown unit is rejected with its location: the path of the field")
  void json_unknownUnit() {
    String json =
        "{\"jurisdiction\":\"990001\",\"values\":{\"operating-revenue\":{\"amount\":\"1\",\"unit\":\"WAN\"}}}";
    rejects(() -> PolicyJson.readProfile(json), "'WAN'", "values.operating-revenue.unit");
  }

  @Test
  @DisplayName("JSON with an unknown property is rejected, naming it")
  void json_unknownProperty() {
    rejects(() -> PolicyJson.readProfile("{\"jurisdiction\":\"990001\",\"revenue\":1}"), "revenue");
  }

  @Test
  @DisplayName("JSON without the jurisdiction is rejected, naming it")
  void json_missingJurisdiction() {
    rejects(() -> PolicyJson.readProfile("{\"values\":{}}"), "jurisdiction");
  }
}
