package io.github.srdipolicy.examples;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Quantity;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * What it shows: handing results to a web front end. The reports of a match are written with {@link
 * PolicyJson#write} as a JSON array; each element follows the published schema {@link
 * PolicyJson#reportSchema()} (the test validates it), so a front end can rely on its shape:
 * outcome, per-track traces with actual values, bounds and clauses, missing inputs and gaps.
 */
public final class ReportForWebFrontEnd {
  private ReportForWebFrontEnd() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    EnterpriseProfile firm =
        EnterpriseProfile.builder()
            .name("金湖示例电子有限公司")
            .jurisdiction(JurisdictionCode.of("320831"))
            .putValues(Indicators.MAIN_BUSINESS_REVENUE.id(), Quantity.wanYuan("2500"))
            .putValues(Indicators.MAIN_BUSINESS_SHARE.id(), Quantity.percent("30"))
            .putValues(Indicators.MARKET_RANK_PROVINCE.id(), Quantity.rank(2))
            .build();
    List<EligibilityReport> reports = Catalog.load().match(firm, LocalDate.of(2024, 6, 1));
    out.println(PolicyJson.write(reports));
  }
}
