package io.github.srdipolicy.examples;

import io.github.srdipolicy.assessment.Assessment;
import io.github.srdipolicy.assessment.Assessor;
import io.github.srdipolicy.assessment.LadderAssessment;
import io.github.srdipolicy.assessment.Question;
import io.github.srdipolicy.assessment.TierAssessment;
import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.RewardDue;
import io.github.srdipolicy.engine.TierHolding;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Unit;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * What it shows: the answer first. Assess a firm in 蛟河市 (Jiaohe, 220281): for each ladder of its
 * jurisdiction chain, bottom rung first, one standing per tier with the line that says why and the
 * reward recognition would bring; then the next rung and the best questions to ask next.
 */
public final class AnswersFirst {
  private AnswersFirst() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Assessor assessor = Assessor.of(Catalog.load());
    EnterpriseProfile firm =
        EnterpriseProfile.builder()
            .name("蛟河示例机械有限公司")
            .jurisdiction(JurisdictionCode.of("220281"))
            .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.wanYuan("6000"))
            .putValues(Indicators.RND_INTENSITY.id(), Quantity.percent("4.2"))
            .putValues(Indicators.INVENTION_PATENTS.id(), Quantity.count(3, Unit.IP_ITEMS))
            .addTiers(TierHolding.of("cn.innovative-sme", LocalDate.of(2022, 8, 1)))
            .build();

    Assessment a = assessor.assess(firm, LocalDate.of(2023, 6, 1));
    for (LadderAssessment ladder : a.ladders()) {
      out.println(
          "== "
              + ladder.label().en()
              + "  next rung: "
              + ladder.nextRung().map(Object::toString).orElse("-"));
      for (TierAssessment t : a.rungs(ladder)) {
        String reward =
            t.rewards().stream()
                .filter(RewardDue::due)
                .flatMap(r -> r.amount().stream())
                .map(q -> " +" + q)
                .findFirst()
                .orElse("");
        out.println("  " + t.standing().mark() + " " + t.tier() + ": " + t.summary().en() + reward);
      }
    }
    out.println("Next questions:");
    for (Question q : a.nextQuestions().subList(0, Math.min(3, a.nextQuestions().size()))) {
      out.println("  " + q.text().en() + " -> " + q.affects());
    }
  }
}
