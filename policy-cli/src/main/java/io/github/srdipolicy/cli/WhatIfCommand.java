package io.github.srdipolicy.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.srdipolicy.assessment.Answer;
import io.github.srdipolicy.assessment.Question;
import io.github.srdipolicy.assessment.WhatIf;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.model.Unit;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code policy what-if}: the firm assessed again with some inputs changed, printing what changes.
 */
@Command(
    name = "what-if",
    mixinStandardHelpOptions = true,
    header =
        "What changes if some inputs were different: policy what-if FIRM.json rnd-intensity=6.",
    description = {
      "Assesses the firm as it is and with the given inputs changed (INPUT=VALUE, the profile file is",
      "not touched) and lists each tier whose standing or line changes, before and after.",
      "INPUT is an input id as 'policy template' lists it (rnd-intensity, indicator:rnd-intensity,",
      "declaration:well-managed, tier:cn.srdi-sme); VALUE is typed as 'policy ask' takes it: a number in the",
      "input's unit (a trailing % is allowed for a percentage), yes/no, a level 0-5, a year, a date, or for a",
      "tier the date of recognition or no."
    })
final class WhatIfCommand implements Callable<Integer> {
  /** The columns of {@code --format csv}: one changed tier per row. */
  static final List<String> CSV_HEADER =
      List.of("tier", "before", "after", "before_text", "after_text");

  @ParentCommand PolicyCommand parent;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "PROFILE",
      description = "An EnterpriseProfile JSON file, or - for standard input.")
  Path file;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "INPUT=VALUE",
      description = "The inputs to change.")
  List<String> settings;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = PolicyCommand.DateConverter.class,
      description = "Date to evaluate on (YYYY-MM-DD); default: the profile's asOf.")
  LocalDate asOf;

  @Mixin FormatOption format;

  @Mixin LangOption lang;

  @Override
  public Integer call() throws IOException {
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
    List<Question> inputs = parent.assessor().inputsRead(profile.jurisdiction(), date);
    List<Answer> answers = new ArrayList<>();
    for (String setting : settings) {
      answers.add(answer(setting, inputs, profile, date));
    }
    WhatIf w = InputFiles.inFile(file, () -> parent.assessor().whatIf(profile, date, answers));
    PrintWriter out = spec.commandLine().getOut();
    switch (format.get()) {
      case JSON:
        {
          // The two full assessments are what 'match --format json' prints; here only what changes.
          ObjectNode root = MatchJson.LINE.createObjectNode();
          root.set("changes", MatchJson.LINE.valueToTree(w.changes()));
          root.set("changed", MatchJson.LINE.valueToTree(w.changed()));
          out.println(MatchJson.PRETTY.writeValueAsString(root));
          break;
        }
      case CSV:
        {
          Csv csv = new Csv(CSV_HEADER.toArray(String[]::new));
          for (WhatIf.Change c : w.changed()) {
            csv.row(
                c.tier().toString(),
                c.before().toString(),
                c.after().toString(),
                Text.line(c.beforeSummary()),
                Text.line(c.afterSummary()));
          }
          out.print(csv);
          break;
        }
      default:
        out.print(text(profile, date, w));
    }
    CheckedOutput.verify(out);
    return 0;
  }

  /**
   * One INPUT=VALUE, read by the question for that input, so that units and ranges are checked as
   * in 'ask'.
   */
  static Answer answer(
      String setting, List<Question> inputs, EnterpriseProfile profile, LocalDate date) {
    int eq = setting.indexOf('=');
    if (eq <= 0) {
      throw new UserException("'" + setting + "' is not INPUT=VALUE (e.g. rnd-intensity=6)");
    }
    String input = setting.substring(0, eq).strip();
    String value = setting.substring(eq + 1).strip();
    List<Question> found =
        inputs.stream()
            .filter(q -> q.input().toString().equals(input) || q.input().id().equals(input))
            .toList();
    if (found.isEmpty()) {
      throw new UserException(
          "No tier in force for "
              + profile.jurisdiction()
              + " on "
              + date
              + " reads '"
              + input
              + "' ('policy template "
              + profile.jurisdiction()
              + " --as-of "
              + date
              + "' lists the inputs read)");
    }
    if (found.size() > 1) {
      throw new UserException(
          "'"
              + input
              + "' is ambiguous: write one of "
              + found.stream().map(q -> q.input().toString()).toList());
    }
    Question q = found.get(0);
    if (value.endsWith("%") && q.unit().filter(u -> u == Unit.PERCENT).isPresent()) {
      value = value.substring(0, value.length() - 1);
    }
    try {
      return q.answer(value);
    } catch (IllegalArgumentException e) {
      throw new UserException(q.input() + ": " + e.getMessage());
    }
  }

  private static String text(EnterpriseProfile profile, LocalDate date, WhatIf w) {
    StringBuilder b = new StringBuilder();
    b.append(profile.name().orElse("(unnamed)")).append(" · as of ").append(date).append('\n');
    b.append("What if ");
    for (int i = 0; i < w.changes().size(); i++) {
      b.append(i == 0 ? "" : ", ").append(describe(w.changes().get(i)));
    }
    b.append(":\n");
    if (w.changed().isEmpty()) {
      b.append("  no tier changes its standing or its line.\n");
      return b.toString();
    }
    for (WhatIf.Change c : w.changed()) {
      b.append("  ")
          .append(Terminal.mark(c.before()))
          .append(" → ")
          .append(Terminal.mark(c.after()))
          .append(' ')
          .append(c.tier())
          .append('\n');
      // Lines stay within the summary's width, as in 'policy match'.
      b.append("      before: ")
          .append(Text.fit(Text.line(c.beforeSummary()), SummaryText.COLUMNS - 14))
          .append('\n');
      b.append("      after:  ")
          .append(Text.fit(Text.line(c.afterSummary()), SummaryText.COLUMNS - 14))
          .append('\n');
    }
    b.append(w.changed().size())
        .append(w.changed().size() == 1 ? " tier changes" : " tiers change")
        .append("; the others stay as 'policy match' shows them.\n");
    return b.toString();
  }

  /** {@code input = value}: the amount with its unit, yes/no, or the date of recognition. */
  private static String describe(Answer a) {
    String v =
        a.value()
            .map(Text::amount)
            .orElseGet(
                () ->
                    a.recognised()
                        .map(d -> "recognised " + d)
                        .orElse(a.yes().orElse(false) ? "yes" : "no"));
    return a.input() + " = " + v;
  }
}
