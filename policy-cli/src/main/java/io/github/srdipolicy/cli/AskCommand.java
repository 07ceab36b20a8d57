package io.github.srdipolicy.cli;

import io.github.srdipolicy.assessment.Answer;
import io.github.srdipolicy.assessment.Assessment;
import io.github.srdipolicy.assessment.Question;
import io.github.srdipolicy.assessment.Standing;
import io.github.srdipolicy.assessment.TierAssessment;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.TierId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy ask}: the interactive questionnaire, the next question one at a time. */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    header = "Answer the next questions one at a time, see the ladder firm up, save the profile.",
    description = {
      "Starts from a profile (or an empty one for --jurisdiction), shows where the firm stands, then",
      "asks the best next question, checks the answer (number in the unit and range, yes/no, year, date, level,",
      "date of recognition) and shows which tiers it changed. Enter skips a question, ? explains it,",
      "q stops. The profile is written to --out at the end (also when input ends)."
    })
final class AskCommand implements Callable<Integer> {
  @ParentCommand PolicyCommand parent;

  @Spec CommandSpec spec;

  /** Where the questionnaire starts. */
  static final class Start {
    @Parameters(index = "0", paramLabel = "PROFILE", description = "A profile to complete.")
    Path profile;

    @Option(
        names = "--jurisdiction",
        paramLabel = "CODE",
        description = "Start empty, for a firm registered here.")
    String jurisdiction;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Start start;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = PolicyCommand.DateConverter.class,
      description = "Date to assess on (YYYY-MM-DD); default: the profile's asOf.")
  LocalDate asOf;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "firm-profile.json",
      description = "Where to write the profile at the end (default ${DEFAULT-VALUE}).")
  Path outFile;

  @Mixin LangOption lang;

  @Override
  public Integer call() throws IOException {
    EnterpriseProfile profile;
    if (start.profile != null) {
      profile = InputFiles.readProfile(start.profile, parent.in);
    } else {
      profile =
          EnterpriseProfile.builder().jurisdiction(JurisdictionCode.of(start.jurisdiction)).build();
      parent.catalog().jurisdiction(profile.jurisdiction());
    }
    LocalDate date =
        asOf != null
            ? asOf
            : profile
                .asOf()
                .orElseThrow(
                    () ->
                        new UserException(
                            "The profile has no asOf date: give one with --as-of YYYY-MM-DD"));
    if (profile.asOf().isEmpty()) {
      profile = EnterpriseProfile.builder().from(profile).asOf(date).build();
    }
    PrintWriter out = spec.commandLine().getOut();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(parent.in, StandardCharsets.UTF_8));
    Assessment a = parent.assessor().assess(profile, date);
    status(out, a);
    Set<InputRef> skipped = new HashSet<>();
    int asked = 0;
    loop:
    while (true) {
      Optional<Question> next =
          parent.assessor().nextQuestions(profile, date).stream()
              .filter(q -> !skipped.contains(q.input()))
              .findFirst();
      if (next.isEmpty()) {
        out.println(
            a.tiers().stream().anyMatch(t -> t.standing() == Standing.UNDETERMINED)
                ? "No more questions (the rest were skipped)."
                : "Every tier is decided.");
        break;
      }
      Question q = next.get();
      asked++;
      out.println();
      out.println("[" + asked + "] " + Text.line(q.text()));
      out.println(
          "    "
              + TemplateCommand.answerForm(q)
              + "  bears on "
              + q.affects().stream().map(TierId::toString).collect(Collectors.joining(", ")));
      while (true) {
        out.print("> ");
        out.flush();
        String line = in.readLine();
        if (line == null || line.strip().equalsIgnoreCase("q")) {
          break loop;
        }
        String t = line.strip();
        if (t.isEmpty()) {
          skipped.add(q.input());
          out.println("    skipped");
          continue loop;
        }
        if (t.equals("?")) {
          q.window().ifPresent(w -> out.println("    " + Text.line(w)));
          q.definition().ifPresent(d -> out.println("    " + Text.line(d)));
          q.choices().forEach(c -> out.println("    " + c.value() + " = " + Text.line(c.label())));
          out.println("    input " + q.input() + "; read by " + q.affects());
          continue;
        }
        try {
          Answer answer = q.answer(t);
          profile = answer.applyTo(profile);
          Assessment after = parent.assessor().assess(profile, date);
          changes(out, a, after);
          a = after;
          continue loop;
        } catch (IllegalArgumentException e) {
          out.println("    ✗ " + e.getMessage() + " — try again (Enter skips, q stops)");
        }
      }
    }
    out.println();
    status(out, a);
    Files.writeString(outFile, PolicyJson.write(profile) + "\n", StandardCharsets.UTF_8);
    out.println(
        "Profile written to " + outFile + " (policy match " + outFile + " shows the full answer).");
    out.flush();
    return 0;
  }

  private static void status(PrintWriter out, Assessment a) {
    out.println(a.name().orElse("(unnamed)") + " · " + a.jurisdiction() + " · " + a.asOf());
    for (TierAssessment t : a.tiers()) {
      out.println(
          "  "
              + Terminal.mark(t.standing())
              + " "
              + t.tier()
              + "  "
              + Text.fit(Text.line(t.summary()), 90));
    }
    out.flush();
  }

  private static void changes(PrintWriter out, Assessment before, Assessment after) {
    Map<TierId, TierAssessment> was =
        before.tiers().stream()
            .collect(Collectors.toMap(TierAssessment::tier, Function.identity()));
    List<String> lines =
        after.tiers().stream()
            .filter(t -> was.containsKey(t.tier()) && was.get(t.tier()).standing() != t.standing())
            .map(
                t ->
                    "    "
                        + t.tier()
                        + ": "
                        + Terminal.mark(was.get(t.tier()).standing())
                        + " → "
                        + Terminal.mark(t.standing())
                        + " "
                        + Text.fit(Text.line(t.summary()), 80))
            .toList();
    if (lines.isEmpty()) {
      out.println("    noted; no tier decided yet");
    } else {
      lines.forEach(out::println);
    }
  }
}
