package io.github.srdipolicy.cli;

import io.github.srdipolicy.assessment.Question;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.TierId;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
 * {@code policy template}: every input the tiers in force for a jurisdiction read, as a fill-in
 * sheet and a profile skeleton.
 */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    header =
        "Every input the tiers in force for a jurisdiction read: a sheet, and with --out a profile skeleton.",
    description = {
      "Lists each input (indicator, declaration, tier held) with its unit, allowed range or choices,",
      "question text, window and the tiers that read it. With --out FILE it also writes FILE, a profile",
      "skeleton (jurisdiction and date, no values), and FILE.questions.txt beside it: fill it in by hand",
      "or run 'policy ask FILE'."
    })
final class TemplateCommand implements Callable<Integer> {
  @ParentCommand PolicyCommand parent;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "CODE",
      description = "A jurisdiction code (GB/T 2260), e.g. 220281.")
  String code;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      required = true,
      converter = PolicyCommand.DateConverter.class,
      description = "Date the documents must be in force on (YYYY-MM-DD).")
  LocalDate asOf;

  @Mixin FormatOption formatOption;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write a profile skeleton here.")
  Path outFile;

  @Mixin LangOption lang;

  @Override
  public Integer call() throws IOException {
    JurisdictionCode jurisdiction = JurisdictionCode.of(code);
    List<Question> questions = parent.assessor().inputsRead(jurisdiction, asOf);
    String sheet =
        formatOption.get() == FormatOption.Format.JSON
            ? PolicyJson.write(questions) + "\n"
            : formatOption.get() == FormatOption.Format.CSV ? csv(questions) : text(questions);
    PrintWriter out = spec.commandLine().getOut();
    if (outFile != null) {
      EnterpriseProfile skeleton =
          EnterpriseProfile.builder().jurisdiction(jurisdiction).asOf(asOf).build();
      Files.writeString(outFile, PolicyJson.write(skeleton) + "\n", StandardCharsets.UTF_8);
      Path companion =
          outFile.resolveSibling(
              outFile.getFileName()
                  + ".questions."
                  + (formatOption.get() == FormatOption.Format.TEXT
                      ? "txt"
                      : formatOption.get().toString().toLowerCase(java.util.Locale.ROOT)));
      Files.writeString(companion, sheet, StandardCharsets.UTF_8);
      out.println(
          "Wrote " + outFile + " (" + questions.size() + " inputs to give) and " + companion);
    } else {
      out.print(sheet);
    }
    out.flush();
    return 0;
  }

  private static String text(List<Question> questions) {
    StringBuilder b = new StringBuilder();
    for (Question q : questions) {
      b.append(q.input()).append("  ").append(answerForm(q)).append('\n');
      b.append("  ").append(Text.line(q.text())).append('\n');
      q.window().ifPresent(w -> b.append("  ").append(Text.line(w)).append('\n'));
      b.append("  read by ")
          .append(q.affects().stream().map(TierId::toString).collect(Collectors.joining(", ")))
          .append("\n\n");
    }
    return b.toString();
  }

  /** What to type: unit and range, or the choices. */
  static String answerForm(Question q) {
    StringBuilder s =
        new StringBuilder("[").append(q.kind().toString().toLowerCase(java.util.Locale.ROOT));
    q.unit()
        .filter(u -> !u.zhSymbol().isEmpty() && q.kind() == Question.Kind.NUMBER)
        .ifPresent(u -> s.append(", ").append(u.zhSymbol()).append(" ").append(u));
    if (q.minimum().isPresent() || q.maximum().isPresent()) {
      s.append(", ")
          .append(q.minimum().map(m -> m.toPlainString()).orElse(""))
          .append("…")
          .append(q.maximum().map(m -> m.toPlainString()).orElse(""));
    }
    if (q.kind() == Question.Kind.YES_NO) {
      s.append(": yes / no (是 / 否)");
    } else if (!q.choices().isEmpty()) {
      s.append(": ")
          .append(
              q.choices().stream()
                  .map(c -> c.value() + " " + Text.line(c.label()))
                  .collect(Collectors.joining(" / ")));
    }
    if (q.kind() == Question.Kind.TIER) {
      s.append(": YYYY-MM-DD or no");
    }
    return s.append("]").toString();
  }

  private static String csv(List<Question> questions) {
    StringBuilder b = new StringBuilder("input,kind,unit,minimum,maximum,choices,tiers,question\n");
    for (Question q : questions) {
      b.append(
              String.join(
                  ",",
                  q.input().toString(),
                  q.kind().toString(),
                  q.unit().map(Object::toString).orElse(""),
                  q.minimum().map(m -> m.toPlainString()).orElse(""),
                  q.maximum().map(m -> m.toPlainString()).orElse(""),
                  q.choices().stream().map(Question.Choice::value).collect(Collectors.joining(" ")),
                  q.affects().stream().map(TierId::toString).collect(Collectors.joining(" ")),
                  "\"" + Text.line(q.text()).replace("\"", "\"\"") + "\""))
          .append('\n');
    }
    return b.toString();
  }
}
