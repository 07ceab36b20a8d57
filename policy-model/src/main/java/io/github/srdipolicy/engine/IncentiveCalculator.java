package io.github.srdipolicy.engine;

import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.StackingRule;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.TriggerKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Works out which first-recognition rewards a firm is due from its recognition history.
 *
 * <p>For each tier in the history, the earliest recognition on or before the as-of date is its
 * first recognition. Each incentive triggered by that tier's first recognition, paid by a
 * jurisdiction of the firm's chain and in force on the recognition date, is a candidate. The
 * stacking rules then apply: within a {@link StackingRule#HIGHEST_LEVEL_ONCE} group only the
 * largest reward is due (ties go to the later recognition) and the others are withheld with the
 * reason; every other rule leaves the candidate due. Stateless and thread-safe.
 */
public final class IncentiveCalculator {
  /** The shared instance. */
  public static final IncentiveCalculator DEFAULT = new IncentiveCalculator();

  /** An incentive with the validity of the document that grants it. */
  public static final class Offer {
    private final Incentive incentive;
    private final DateRange validity;

    /**
     * Creates an offer.
     *
     * @param incentive the incentive, not null
     * @param validity when the granting document is in force, not null
     */
    public Offer(Incentive incentive, DateRange validity) {
      this.incentive = incentive;
      this.validity = validity;
    }

    /**
     * Returns the incentive.
     *
     * @return the incentive, never null
     */
    public Incentive incentive() {
      return incentive;
    }

    /**
     * Returns when the granting document is in force.
     *
     * @return the validity, never null
     */
    public DateRange validity() {
      return validity;
    }
  }

  private IncentiveCalculator() {}

  /**
   * Returns the rewards triggered by a recognition history, due and withheld.
   *
   * @param chain the firm's jurisdiction and all its parents, not null
   * @param history the recognitions, not null
   * @param offers the incentives to consider, not null
   * @param asOf recognitions after this date are ignored, not null
   * @return the triggered rewards, due ones first, in recognition order, never null
   */
  public List<RewardDue> rewards(
      Set<JurisdictionCode> chain,
      Collection<TierHolding> history,
      Collection<Offer> offers,
      LocalDate asOf) {
    Map<TierId, LocalDate> first = new TreeMap<>();
    for (TierHolding h : history) {
      if (!h.recognised().isAfter(asOf)) {
        first.merge(h.tier(), h.recognised(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Offer offer : offers) {
      Incentive inc = offer.incentive();
      if (inc.trigger().kind() != TriggerKind.FIRST_RECOGNITION
          || inc.trigger().tier().isEmpty()
          || !chain.contains(inc.fundingJurisdiction())) {
        continue;
      }
      LocalDate date = first.get(inc.trigger().tier().get());
      if (date != null && offer.validity().contains(date)) {
        candidates.add(new Candidate(inc, date));
      }
    }
    candidates.sort(
        Comparator.comparing((Candidate c) -> c.date).thenComparing(c -> c.incentive.id()));

    Map<String, Candidate> winners = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      if (c.incentive.stacking().rule() == StackingRule.HIGHEST_LEVEL_ONCE) {
        winners.merge(
            c.incentive.stacking().group().orElseThrow(),
            c,
            (a, b) -> amountOf(b).compareTo(amountOf(a)) >= 0 ? b : a);
      }
    }
    List<RewardDue> due = new ArrayList<>();
    List<RewardDue> withheld = new ArrayList<>();
    for (Candidate c : candidates) {
      Incentive inc = c.incentive;
      StackingRule rule = inc.stacking().rule();
      boolean isDue = true;
      LocalizedText why;
      if (rule == StackingRule.HIGHEST_LEVEL_ONCE) {
        Candidate winner = winners.get(inc.stacking().group().orElseThrow());
        isDue = winner == c;
        why =
            isDue
                ? LocalizedText.of(
                    "同组奖励只享受一次，取最高级别：本项为最高",
                    "one reward per group, at the highest level: this is the highest")
                : LocalizedText.of(
                    "同组奖励只享受一次，取最高级别：已由 " + winner.incentive.id() + " 取代",
                    "one reward per group, at the highest level: superseded by "
                        + winner.incentive.id());
      } else if (rule == StackingRule.CUMULATIVE_WITH_HIGHER_LEVELS) {
        why = LocalizedText.of("上级奖励不影响本级奖励", "paid in addition to rewards from higher levels");
      } else if (rule == StackingRule.INDEPENDENT) {
        why = LocalizedText.of("独立给予", "paid independently");
      } else {
        why = LocalizedText.of("文件未说明叠加规则", "the document does not state a stacking rule");
      }
      RewardDue r =
          RewardDue.builder()
              .incentive(inc.id())
              .label(inc.label())
              .tier(inc.trigger().tier().get())
              .recognised(c.date)
              .due(isDue)
              .amount(inc.amount())
              .rule(rule)
              .explanation(why)
              .addSources(inc.source())
              .addSources(inc.stacking().source())
              .build();
      (isDue ? due : withheld).add(r);
    }
    List<RewardDue> all = new ArrayList<>(due);
    all.addAll(withheld);
    return List.copyOf(all);
  }

  /**
   * Sums the amounts of the rewards that are due.
   *
   * @param rewards rewards from {@link #rewards}, not null
   * @return the total in 万元, never null
   */
  public static Quantity totalDue(Collection<RewardDue> rewards) {
    BigDecimal yuan =
        rewards.stream()
            .filter(RewardDue::due)
            .map(RewardDue::amount)
            .flatMap(Optional::stream)
            .map(Quantity::baseValue)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return Quantity.yuan(yuan.toPlainString()).to(io.github.srdipolicy.model.Unit.WAN_YUAN);
  }

  private static BigDecimal amountOf(Candidate c) {
    return c.incentive.amount().map(Quantity::baseValue).orElse(BigDecimal.ZERO);
  }

  private static final class Candidate {
    final Incentive incentive;
    final LocalDate date;

    Candidate(Incentive incentive, LocalDate date) {
      this.incentive = incentive;
      this.date = date;
    }
  }
}
