package io.github.srdipolicy.cli;

import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.IncentiveCalculator;
import io.github.srdipolicy.engine.RewardDue;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.SourceRef;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code policy rewards}: the rewards a firm's recognitions bring, by funder, under the stacking
 * rules.
 */
@Command(
    name = "rewards",
    mixinStandardHelpOptions = true,
    header =
        "The rewards a firm's recognitions bring, by funder, under the stacking rules, with clauses.",
    description = {
      "From the recognitions in the profile (tiers with their dates), the first-recognition rewards of",
      "the documents of the firm's jurisdictions: due ones, and those withheld by a stacking rule with the reason."
    })
final class RewardsCommand implements Callable<Integer> {
  @ParentCommand PolicyCommand parent;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "PROFILE",
      description = "An EnterpriseProfile JSON file, or - for standard input.")
  Path file;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = PolicyCommand.DateConverter.class,
      description =
          "Recognitions after this date are ignored (YYYY-MM-DD); default: the profile's asOf.")
  LocalDate asOf;

  @Mixin FormatOption formatOption;

  @Mixin LangOption lang;

  @Override
  public Integer call() {
    EnterpriseProfile profile = InputFiles.readProfile(file, parent.in);
    LocalDate date =
        asOf != null
            ? asOf
            : profile
                .asOf()
                .orElseThrow(
                    () ->
                        new UserException(
                            "The profile has no asOf date: give one with --as-of YYYY-MM-DD"));
    List<RewardDue> rewards = parent.catalog().rewardsDue(profile, date);
    PrintWriter out = spec.commandLine().getOut();
    if (formatOption.get() == FormatOption.Format.JSON) {
      out.println(PolicyJson.write(rewards));
    } else if (formatOption.get() == FormatOption.Format.CSV) {
      out.println(
          "incentive,tier,recognised,due,amount,unit,funder,rule,document,clause,confidence,stacking_clause,text");
      for (RewardDue r : rewards) {
        SourceRef s = r.sources().get(0);
        SourceRef rule = r.sources().get(r.sources().size() - 1);
        out.println(
            String.join(
                ",",
                r.incentive().toString(),
                r.tier().toString(),
                r.recognised().toString(),
                String.valueOf(r.due()),
                r.amount().map(a -> a.amount().toPlainString()).orElse(""),
                r.amount().map(a -> a.unit().toString()).orElse(""),
                funder(r).toString(),
                r.rule().toString(),
                csv(s.document().toString()),
                csv(s.clause()),
                s.confidence().toString(),
                csv(rule.clause()),
                csv(Text.line(r.explanation()))));
      }
    } else {
      out.print(text(profile, date, rewards));
    }
    out.flush();
    return 0;
  }

  private JurisdictionCode funder(RewardDue r) {
    return parent.catalog().fact(r.incentive(), Incentive.class).fundingJurisdiction();
  }

  private String text(EnterpriseProfile profile, LocalDate date, List<RewardDue> rewards) {
    StringBuilder b = new StringBuilder();
    b.append(profile.name().orElse("(unnamed)")).append(" · ").append(date).append('\n');
    if (rewards.isEmpty()) {
      b.append(
          profile.tiers().isEmpty()
              ? "No recognitions in the profile: no first-recognition reward is due.\n"
              : "None of the recognitions in the profile triggers a reward encoded for its jurisdictions.\n");
      return b.toString();
    }
    Map<JurisdictionCode, List<RewardDue>> byFunder = new LinkedHashMap<>();
    for (RewardDue r : rewards) {
      byFunder.computeIfAbsent(funder(r), f -> new ArrayList<>()).add(r);
    }
    byFunder.forEach(
        (funder, rs) -> {
          b.append('\n')
              .append(Text.jurisdiction(parent.catalog().jurisdiction(funder)))
              .append('\n');
          for (RewardDue r : rs) {
            b.append("  ")
                .append(r.due() ? "✓ due     " : "✗ withheld")
                .append("  ")
                .append(r.amount().map(Text::amount).orElse("(amount not stated)"))
                .append("  ")
                .append(Text.name(r.label()))
                .append('\n');
            b.append("      ")
                .append(r.tier())
                .append(" recognised ")
                .append(r.recognised())
                .append(" · ")
                .append(r.rule())
                .append(": ")
                .append(Text.line(r.explanation()))
                .append('\n');
            b.append("      ")
                .append(
                    r.sources().stream()
                        .map(Text::source)
                        .distinct()
                        .collect(Collectors.joining(" ")))
                .append('\n');
          }
        });
    b.append("\nTotal due: ")
        .append(Text.amount(IncentiveCalculator.totalDue(rewards)))
        .append('\n');
    return b.toString();
  }

  private static String csv(String s) {
    boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n");
    return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
