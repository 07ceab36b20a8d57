package io.github.srdipolicy.examples;

import io.github.srdipolicy.engine.ConditionResult;
import io.github.srdipolicy.engine.EligibilityEvaluator;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.Gap;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.engine.TrackResult;
import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Track;
import io.github.srdipolicy.model.TrackKind;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * What it shows: building eligibility criteria in code, evaluating a small firm against them with
 * the stateless evaluator, and reading the explained result — outcome per track, the trace with
 * actual values, bounds and clauses, the missing inputs of an undetermined result and the gaps of a
 * failed one.
 *
 * <p>The policy here is invented ("示例发〔2024〕1号"); real documents come from {@code Catalog.load()}.
 */
public final class ExplainedEvaluation {
  private ExplainedEvaluation() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    SourceRef clause = SourceRef.of("示例发〔2024〕1号", "附件 制造类 1");
    EligibilityCriteria criteria =
        EligibilityCriteria.builder()
            .id(FactId.of("example.pool.criteria"))
            .tier(TierId.of("example.pool"))
            .label(LocalizedText.of("示例培育库入库条件", "example pool entry"))
            .source(clause)
            .common(
                Qualitative.builder()
                    .id(FactId.of("example.pool.credit"))
                    .label(LocalizedText.of("信誉良好", "good credit record"))
                    .source(clause)
                    .declaration("good-credit")
                    .assessment(Qualitative.Assessment.DECLARATION)
                    .build())
            .addTracks(
                Track.builder()
                    .id(FactId.of("example.pool.mfg"))
                    .kind(TrackKind.MANUFACTURING)
                    .label(LocalizedText.of("制造类", "manufacturing"))
                    .condition(
                        AllOf.builder()
                            .id(FactId.of("example.pool.mfg.all"))
                            .label(LocalizedText.of("制造类全部条件", "all manufacturing conditions"))
                            .source(clause)
                            .addConditions(
                                AnyOf.builder()
                                    .id(FactId.of("example.pool.size"))
                                    .label(LocalizedText.of("收入或利税达标", "revenue or profit-and-tax"))
                                    .source(clause)
                                    .addConditions(
                                        Comparison.builder()
                                            .id(FactId.of("example.pool.revenue"))
                                            .label(
                                                LocalizedText.of(
                                                    "主营业务收入2000万元以上",
                                                    "main-business revenue ≥ 20M CNY"))
                                            .source(clause)
                                            .indicator(Indicators.MAIN_BUSINESS_REVENUE.id())
                                            .operator(Operator.AT_LEAST)
                                            .threshold(Quantity.wanYuan("2000"))
                                            .build())
                                    .addConditions(
                                        Comparison.builder()
                                            .id(FactId.of("example.pool.tax"))
                                            .label(
                                                LocalizedText.of(
                                                    "利税总额500万元以上", "profit and tax ≥ 5M CNY"))
                                            .source(clause)
                                            .indicator(Indicators.PROFIT_AND_TAX.id())
                                            .operator(Operator.AT_LEAST)
                                            .threshold(Quantity.wanYuan("500"))
                                            .build())
                                    .build())
                            .addConditions(
                                Comparison.builder()
                                    .id(FactId.of("example.pool.rank"))
                                    .label(
                                        LocalizedText.of(
                                            "省内市场占有率前五", "provincial market-share rank ≤ 5"))
                                    .source(clause)
                                    .indicator(Indicators.MARKET_RANK_PROVINCE.id())
                                    .operator(Operator.AT_MOST)
                                    .threshold(Quantity.rank(5))
                                    .build())
                            .build())
                    .build())
            .build();

    EnterpriseProfile firm =
        EnterpriseProfile.builder()
            .name("示例精密机械有限公司")
            .jurisdiction(io.github.srdipolicy.model.JurisdictionCode.of("320831"))
            .putValues(Indicators.MAIN_BUSINESS_REVENUE.id(), Quantity.wanYuan("1800"))
            .putValues(Indicators.MARKET_RANK_PROVINCE.id(), Quantity.rank(3))
            .build();

    EligibilityReport report =
        EligibilityEvaluator.DEFAULT.evaluate(criteria, firm, LocalDate.of(2024, 6, 1));
    print(report, out);
  }

  static void print(EligibilityReport report, PrintStream out) {
    out.println(report.label().zh() + " / " + report.label().en() + ": " + report.outcome());
    report.common().ifPresent(c -> print(c, "  common ", out));
    for (TrackResult track : report.tracks()) {
      out.println("  track " + track.label().en() + ": " + track.outcome());
      print(track.trace(), "    ", out);
    }
    for (InputRef missing : report.missingInputs()) {
      out.println("  missing: " + missing);
    }
    for (Gap gap : report.gaps()) {
      out.println(
          "  gap: "
              + gap.label().en()
              + " — has "
              + gap.actual().map(Quantity::toString).orElse("nothing")
              + ", needs "
              + gap.operator().map(Operator::symbol).orElse("")
              + " "
              + gap.required().map(Quantity::toString).orElse(""));
    }
  }

  private static void print(ConditionResult r, String indent, PrintStream out) {
    StringBuilder line =
        new StringBuilder(indent).append(r.outcome().mark()).append(' ').append(r.label().zh());
    r.actual().ifPresent(a -> line.append("  actual ").append(a));
    r.threshold()
        .ifPresent(
            t ->
                line.append("  required ")
                    .append(r.operator().map(Operator::symbol).orElse(""))
                    .append(' ')
                    .append(t));
    line.append("  [").append(r.source()).append(']');
    out.println(line);
    r.children().forEach(child -> print(child, indent + "  ", out));
  }
}
