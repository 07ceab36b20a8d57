package io.github.srdipolicy.examples;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.Gap;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Quantity;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * What it shows: the shortest useful program. Load the catalogue of every encoded document,
 * describe a firm registered in 蛟河市 (Jiaohe, 220281) with the few figures it knows, and match it
 * against every criteria in force there on a date. One line per tier: the outcome, the inputs still
 * missing and the gaps that made a condition fail.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Catalog catalog = Catalog.load();
    EnterpriseProfile firm =
        EnterpriseProfile.builder()
            .name("蛟河示例机械有限公司")
            .jurisdiction(JurisdictionCode.of("220281"))
            .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.wanYuan("8000"))
            .putValues(Indicators.MAIN_BUSINESS_SHARE.id(), Quantity.percent("65"))
            .putValues(Indicators.DEBT_TO_ASSET_RATIO.id(), Quantity.percent("45"))
            .putValues(Indicators.YEARS_IN_NICHE.id(), Quantity.years("6"))
            .build();

    LocalDate date = LocalDate.of(2024, 6, 1);
    for (EligibilityReport report : catalog.match(firm, date)) {
      String missing =
          report.missingInputs().stream().map(InputRef::toString).collect(Collectors.joining(", "));
      String gaps = report.gaps().stream().map(QuickStart::gap).collect(Collectors.joining("; "));
      out.println(
          report.tier()
              + " "
              + report.outcome()
              + " | missing "
              + report.missingInputs().size()
              + (missing.isEmpty() ? "" : ": " + missing)
              + " | gaps: "
              + (gaps.isEmpty() ? "none" : gaps));
    }
  }

  private static String gap(Gap gap) {
    return gap.input().id()
        + " "
        + gap.actual().map(Quantity::toString).orElse("?")
        + " needs "
        + gap.operator().map(Operator::symbol).orElse("")
        + " "
        + gap.required().map(Quantity::toString).orElse("?")
        + " ["
        + gap.source()
        + "]";
  }
}
