package io.github.srdipolicy.examples;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.RewardDue;
import io.github.srdipolicy.engine.TierHolding;
import io.github.srdipolicy.jilin.JilinTiers;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.national.NationalTiers;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * What it shows: the rewards a firm in 蛟河市 (Jiaohe) is due for climbing the ladder — Jilin City
 * SRDI SME in 2022, provincial SRDI SME in 2023, national little giant in 2024 — from {@code
 * catalog.rewardsDue}, each with its amount, stacking rule and clause. Asked at the end of 2022
 * only the first step counts; asked at the end of 2024, Jiaohe's "one reward, at the highest level"
 * rule leaves the national reward due and withholds the two lower ones.
 */
public final class JiaoheRewards {
  private JiaoheRewards() {}

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
            .name("蛟河示例新材料有限公司")
            .jurisdiction(JurisdictionCode.of("220281"))
            .addTiers(held(JilinTiers.JILIN_CITY_SRDI_SME, LocalDate.of(2022, 9, 15)))
            .addTiers(held(JilinTiers.PROVINCIAL_SRDI_SME, LocalDate.of(2023, 10, 20)))
            .addTiers(held(NationalTiers.LITTLE_GIANT, LocalDate.of(2024, 7, 15)))
            .build();

    for (LocalDate asOf :
        new LocalDate[] {LocalDate.of(2022, 12, 31), LocalDate.of(2024, 12, 31)}) {
      out.println("as of " + asOf + ":");
      for (RewardDue reward : catalog.rewardsDue(firm, asOf)) {
        String clauses =
            reward.sources().stream()
                .distinct()
                .map(SourceRef::toString)
                .collect(Collectors.joining("; "));
        out.println(
            "  "
                + (reward.due() ? "due     " : "withheld")
                + " "
                + reward.amount().map(Quantity::toString).orElse("-")
                + " "
                + reward.incentive()
                + " ("
                + reward.tier()
                + ", recognised "
                + reward.recognised()
                + ") "
                + reward.rule()
                + " ["
                + clauses
                + "]");
        out.println("      " + reward.explanation().en());
      }
    }
  }

  private static TierHolding held(TierId tier, LocalDate recognised) {
    return TierHolding.builder().tier(tier).recognised(recognised).build();
  }
}
