package io.github.srdipolicy.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.srdipolicy.assessment.Assessment;
import io.github.srdipolicy.assessment.SummaryJson;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.ApplicationKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code policy match}: evaluates one firm, or a JSON Lines file of firms, against every tier in
 * force.
 *
 * <p>The one command whose model is built in code ({@link #spec}) rather than read from
 * annotations: it is the command a cold start is measured on, and picocli's annotation reading
 * (reflection and a proxy class per annotation type) cost it about a fifth of its main thread
 * (issue #17). The options are read from the parsed model when the command runs.
 */
final class MatchCommand implements Callable<Integer> {
  /** How often a JSON Lines run reports progress on standard error. */
  static final int PROGRESS_EVERY = 1000;

  PolicyCommand parent;

  CommandSpec spec;

  /** PROFILE: an EnterpriseProfile JSON file, JSON Lines, or - for standard input. */
  Path file;

  /** --as-of: the date to evaluate on; null for the profile's. */
  LocalDate asOf;

  /** --format: null for the default (text, or json for JSON Lines input). */
  FormatOption.Format format;

  /** --detail: the full trace of every criteria in force. */
  boolean detail;

  /** --jsonl: read the file as JSON Lines whatever its extension. */
  boolean jsonl;

  /** --application: the kind of application to judge; null for the profile's. */
  ApplicationKind application;

  /**
   * The model of {@code policy match}: what the annotations {@code @Command(name = "match",
   * mixinStandardHelpOptions = true, ...)}, {@code @Parameters} and {@code @Option} on the fields
   * and {@code @Mixin LangOption} made. Sorted options and synopsis, as picocli sorts them.
   */
  static CommandSpec spec(MatchCommand command, PolicyCommand parent) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    spec.name("match");
    PolicyCommand.addStandardHelpOptions(spec);
    spec.usageMessage()
        .header("Match a firm (or a JSON Lines file of firms) against every tier in force.")
        .description(
            "Evaluates a firm against every tier of every document in force for its jurisdiction.",
            "Leads with the answer: one block per ladder, bottom rung first, one line per tier"
                + " (standing, why, reward),",
            "then the next questions to answer and the documents in force. --detail shows the full"
                + " trace per criteria.",
            "PROFILE '-' reads standard input. A .jsonl file (or --jsonl) holds one profile per"
                + " line; results stream",
            "as one JSON object per line.");
    spec.addPositional(
        PositionalParamSpec.builder()
            .index("0")
            .required(true)
            .paramLabel("PROFILE")
            .type(Path.class)
            .description("An EnterpriseProfile JSON file, JSON Lines, or - for standard input.")
            .build());
    spec.addOption(
        OptionSpec.builder("--as-of")
            .paramLabel("DATE")
            .type(LocalDate.class)
            .converters(new PolicyCommand.DateConverter())
            .description("Date to evaluate on (YYYY-MM-DD); default: the profile's asOf.")
            .build());
    spec.addOption(
        OptionSpec.builder("--format")
            .paramLabel("FORMAT")
            .type(FormatOption.Format.class)
            .description(
                "text, json or csv (the summary, one fact per row); default: text, or json for"
                    + " JSON Lines input.")
            .build());
    spec.addOption(
        OptionSpec.builder("--detail")
            .type(boolean.class)
            .description("The full trace of every criteria in force (the summary's source).")
            .build());
    spec.addOption(LangOption.spec());
    spec.addOption(
        OptionSpec.builder("--jsonl")
            .type(boolean.class)
            .description("Read the file as JSON Lines whatever its extension.")
            .build());
    spec.addOption(
        OptionSpec.builder("--application")
            .paramLabel("KIND")
            .type(ApplicationKind.class)
            .description(
                "NEW or RENEWAL (复核): the kind of application to judge; default: the profile's,"
                    + " else NEW.")
            .build());
    command.spec = spec;
    command.parent = parent;
    return spec;
  }

  /** Takes the parsed values from the model into the fields. */
  private void readOptions() {
    file = spec.positionalParameters().get(0).getValue();
    asOf = spec.findOption("--as-of").getValue();
    format = spec.findOption("--format").getValue();
    // A boolean option not given has no value (an annotated field would have kept false).
    detail = Boolean.TRUE.equals(spec.findOption("--detail").getValue());
    jsonl = Boolean.TRUE.equals(spec.findOption("--jsonl").getValue());
    application = spec.findOption("--application").getValue();
    Text.lang = spec.findOption("--lang").getValue();
  }

  @Override
  public Integer call() throws IOException {
    readOptions();
    if (jsonl || file.getFileName().toString().endsWith(".jsonl")) {
      if (format == FormatOption.Format.CSV) {
        throw new UserException("--format csv takes one profile, not JSON Lines");
      }
      return lines();
    }
    EnterpriseProfile profile = withKind(InputFiles.readProfile(file, parent.in));
    PrintWriter out = spec.commandLine().getOut();
    LocalDate date = InputFiles.inFile(file, () -> date(profile));
    if (detail) {
      FirmMatch m = InputFiles.inFile(file, () -> FirmMatch.of(parent.catalog(), profile, date));
      if (format == FormatOption.Format.JSON) {
        out.println(MatchJson.PRETTY.writeValueAsString(MatchJson.tree(m, OptionalInt.empty())));
      } else if (format == FormatOption.Format.CSV) {
        throw new UserException("--format csv is the summary's; the detail is text or json");
      } else {
        out.print(MatchText.render(m));
      }
    } else {
      Assessment a = InputFiles.inFile(file, () -> parent.assessor().assess(profile, date));
      if (format == FormatOption.Format.JSON) {
        out.println(MatchJson.LINE.writeValueAsString(SummaryJson.tree(a, parent.catalog())));
      } else if (format == FormatOption.Format.CSV) {
        out.print(SummaryCsv.render(a, parent.catalog()));
      } else {
        out.print(SummaryText.render(a, parent.catalog().chain(profile.jurisdiction())));
      }
    }
    CheckedOutput.verify(out);
    return 0;
  }

  /** The profile as read, judged for the kind of application given on the command line, if any. */
  private EnterpriseProfile withKind(EnterpriseProfile profile) {
    return application == null
        ? profile
        : EnterpriseProfile.builder().from(profile).applicationKind(application).build();
  }

  private LocalDate date(EnterpriseProfile profile) {
    if (asOf != null) {
      return asOf;
    }
    // Never today's date: the same profile must give the same answer tomorrow.
    return profile
        .asOf()
        .orElseThrow(
            () ->
                new UserException(
                    "The profile has no asOf date: give one with --as-of YYYY-MM-DD"));
  }

  /**
   * Streams a JSON Lines file: one result per line as it is read, a bad line reported on standard
   * error with its number while the rest is still processed; exit 2 if any line failed.
   */
  private int lines() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean text = format == FormatOption.Format.TEXT;
    long[] matched = {0};
    InputFiles.Summary s =
        InputFiles.eachLine(
            file,
            parent.in,
            spec.qualifiedName(),
            out,
            err,
            PROGRESS_EVERY,
            (line, json) -> {
              EnterpriseProfile profile = withKind(PolicyJson.readProfile(json));
              LocalDate date = date(profile);
              String head = (matched[0] == 0 ? "" : "\n") + "# line " + line + "\n";
              if (detail) {
                FirmMatch m = FirmMatch.of(parent.catalog(), profile, date);
                if (text) {
                  out.print(head + MatchText.render(m));
                } else {
                  out.println(
                      MatchJson.LINE.writeValueAsString(
                          MatchJson.tree(m, OptionalInt.of((int) line))));
                }
              } else {
                Assessment a = parent.assessor().assess(profile, date);
                if (text) {
                  out.print(
                      head + SummaryText.render(a, parent.catalog().chain(profile.jurisdiction())));
                } else {
                  ObjectNode n = MatchJson.LINE.createObjectNode();
                  n.put("line", line);
                  n.setAll(SummaryJson.tree(a, parent.catalog()));
                  out.println(MatchJson.LINE.writeValueAsString(n));
                }
              }
              matched[0]++;
            });
    if (s.failed() > 0) {
      err.println(spec.qualifiedName() + ": " + s.done() + " matched, " + s.failed() + " failed");
      return PolicyCommand.USER_ERROR;
    }
    return 0;
  }
}
