package io.github.srdipolicy.cli;

import io.github.srdipolicy.assessment.Assessment;
import io.github.srdipolicy.assessment.LadderAssessment;
import io.github.srdipolicy.assessment.Question;
import io.github.srdipolicy.assessment.Standing;
import io.github.srdipolicy.assessment.TierAssessment;
import io.github.srdipolicy.engine.IncentiveCalculator;
import io.github.srdipolicy.engine.RewardDue;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.TierId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The answer first: one block per ladder, one line per tier (standing, the line that says why, the
 * reward recognition would bring), the next questions and the documents in force; every line at
 * most {@value #COLUMNS} columns.
 */
final class SummaryText {
  static final int COLUMNS = 120;

  /** How many questions the text shows (the JSON carries more). */
  static final int QUESTIONS = 5;

  private SummaryText() {}

  static String render(Assessment a, List<Jurisdiction> chain) {
    StringBuilder b = new StringBuilder();
    line(b, Terminal.bold(a.name().orElse("(unnamed)")));
    line(
        b,
        chain.stream()
                .map(j -> tierName(j.name()) + " [" + j.code() + "]")
                .collect(Collectors.joining(" → "))
            + " · "
            + word("日期", "as of")
            + " "
            + a.asOf());
    line(b, legend() + "  " + word("+万元 = 认定可得奖励", "+万元 = reward on recognition"));
    for (LadderAssessment l : a.ladders()) {
      b.append('\n');
      ladder(b, a, l);
    }
    b.append('\n');
    rewards(b, a);
    b.append('\n');
    questions(b, a);
    b.append('\n');
    // Document numbers only, wrapped: the titles are in --detail and the JSON.
    List<String> docs =
        a.documents().stream().map(d -> d.jurisdiction() + " " + d.document()).toList();
    wrapped(b, word("生效文件", "Documents in force") + " (" + a.documents().size() + "): ", docs);
    List<Jurisdiction> undocumented =
        chain.stream().filter(j -> a.levelsWithoutDocuments().contains(j.code())).toList();
    if (!undocumented.isEmpty()) {
      // Said plainly, so a firm outside the encoded regions knows why it sees national tiers only.
      wrapped(
          b,
          word(
              "尚无本级已编码文件（其层级仅在他级文件转述时评估）：",
              "No encoded documents of their own yet (their tiers count only where restated): "),
          undocumented.stream()
              .map(
                  j ->
                      tierName(j.name())
                          + " ["
                          + j.code()
                          + ", "
                          + j.level().toString().toLowerCase(java.util.Locale.ROOT)
                          + "]")
              .toList());
    }
    line(b, word("完整推理：加 --detail", "Full trace: add --detail"));
    return b.toString();
  }

  private static String legend() {
    StringBuilder s = new StringBuilder();
    for (Standing st : Standing.values()) {
      s.append(s.length() == 0 ? "" : "  ")
          .append(Terminal.mark(st))
          .append(' ')
          .append(word(st.zh(), st.en()));
    }
    return s.toString();
  }

  private static void ladder(StringBuilder b, Assessment a, LadderAssessment l) {
    String next =
        l.nextRung()
            .map(t -> word("下一级 ", "next rung ") + t)
            .orElse(word("无可达的下一级", "no rung within reach"));
    String source = l.source().map(s -> "  " + Text.source(s)).orElse("");
    line(b, Terminal.bold(next) + " · " + Text.line(l.label()) + source);
    List<TierAssessment> rungs = a.rungs(l);
    int idWidth = rungs.stream().mapToInt(t -> Text.width(t.tier().toString())).max().orElse(0);
    int nameWidth = rungs.stream().mapToInt(t -> Text.width(tierName(t.name()))).max().orElse(0);
    int rewardWidth = rungs.stream().mapToInt(t -> Text.width(reward(t))).max().orElse(0);
    for (TierAssessment t : rungs) {
      line(
          b,
          "  "
              + Terminal.mark(t.standing())
              + " "
              + Text.pad(t.tier().toString(), idWidth)
              + "  "
              + Text.pad(tierName(t.name()), nameWidth)
              + "  "
              + (rewardWidth == 0 ? "" : Text.pad(reward(t), rewardWidth) + "  ")
              + Text.line(t.summary()));
    }
  }

  /** Tier names in one language: with both, the Chinese name (the official term). */
  private static String tierName(LocalizedText name) {
    return Text.lang == LangOption.Lang.EN ? name.en() : name.zh();
  }

  /**
   * The reward recognition brings (or brought), after the stacking rules: +20万元, or - if
   * superseded.
   */
  private static String reward(TierAssessment t) {
    List<RewardDue> due = t.rewards().stream().filter(RewardDue::due).toList();
    if (due.isEmpty()) {
      return t.rewards().isEmpty() ? "" : word("(已取代)", "(superseded)");
    }
    if (due.stream().allMatch(r -> r.amount().isEmpty())) {
      return word("+奖励(未定额)", "+reward (no sum)");
    }
    Quantity total = IncentiveCalculator.totalDue(due);
    return "+" + Text.amount(total);
  }

  private static void rewards(StringBuilder b, Assessment a) {
    List<RewardDue> due = a.rewardsDue().stream().filter(RewardDue::due).toList();
    if (due.isEmpty()) {
      line(b, word("已获认定带来的奖励：无", "Rewards due for recognitions held: none"));
      return;
    }
    line(
        b,
        word("已获认定带来的奖励", "Rewards due for recognitions held")
            + ": "
            + Text.amount(IncentiveCalculator.totalDue(due))
            + word("（policy rewards 查看明细）", " (details: policy rewards)"));
    for (RewardDue r : due) {
      line(
          b,
          "  "
              + r.amount().map(Text::amount).orElse("-")
              + "  "
              + Text.line(r.label())
              + "  "
              + Text.source(r.sources().get(0)));
    }
  }

  private static void questions(StringBuilder b, Assessment a) {
    if (a.nextQuestions().isEmpty()) {
      line(b, word("没有待答问题：每一级都已确定", "No questions left: every tier is decided"));
      return;
    }
    line(
        b,
        word("下一步要回答的问题（policy ask 逐一提问）", "Next questions (policy ask asks them one by one)")
            + ":");
    int n = 0;
    for (Question q : a.nextQuestions()) {
      if (++n > QUESTIONS) {
        break;
      }
      String tiers = q.affects().stream().map(TierId::toString).collect(Collectors.joining(", "));
      line(b, "  " + n + ". " + Text.line(q.text()) + "  [" + tiers + "]");
    }
  }

  /**
   * A heading and its items on as few lines as fit, items separated by " · ", never cut inside an
   * item.
   */
  private static void wrapped(StringBuilder b, String head, List<String> items) {
    StringBuilder l = new StringBuilder(head);
    boolean first = true;
    for (String item : items) {
      String sep = first ? "" : " · ";
      if (!first && Text.width(l + sep + item) > COLUMNS) {
        line(b, l.toString());
        l.setLength(0);
        l.append("  ");
        sep = "";
      }
      l.append(sep).append(item);
      first = false;
    }
    line(b, l.toString());
  }

  private static String word(String zh, String en) {
    return Text.lang == LangOption.Lang.ZH ? zh : en;
  }

  private static void line(StringBuilder b, String s) {
    b.append(Text.fit(s, COLUMNS + (s.length() - visible(s).length()))).append('\n');
  }

  /** The text without colour codes, so that escapes do not count towards the width. */
  private static String visible(String s) {
    return s.replaceAll("\u001b\\[[0-9;]*m", "");
  }
}
