package io.github.srdipolicy.cli;

import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.json.PolicyJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy match}: evaluates one firm, or a JSON Lines file of firms, against every tier in force. */
@Command(name = "match", mixinStandardHelpOptions = true,
    header = "Match a firm (or a JSON Lines file of firms) against every tier in force.",
    description = {"Evaluates a firm against every tier of every document in force for its jurisdiction.",
        "Shows the outcome per tier and track, the trace, missing inputs, gaps and the incentives recognition brings.",
        "A .jsonl file (or --jsonl) holds one profile per line; results stream as one JSON object per line."})
final class MatchCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { TEXT, JSON }

  /** How often a JSON Lines run reports progress on standard error. */
  static final int PROGRESS_EVERY = 1000;

  @ParentCommand
  PolicyCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROFILE", description = "An EnterpriseProfile JSON file, or JSON Lines.")
  Path file;

  @Option(names = "--as-of", paramLabel = "DATE", converter = PolicyCommand.DateConverter.class,
      description = "Date to evaluate on (YYYY-MM-DD); default: the profile's asOf.")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text or json; default: text, or json for JSON Lines input.")
  Format format;

  @Option(names = "--jsonl", description = "Read the file as JSON Lines whatever its extension.")
  boolean jsonl;

  @Override
  public Integer call() throws IOException {
    if (jsonl || file.getFileName().toString().endsWith(".jsonl")) {
      return lines();
    }
    EnterpriseProfile profile = InputFiles.readProfile(file);
    FirmMatch m = InputFiles.inFile(file, () -> FirmMatch.of(parent.catalog(), profile, date(profile)));
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(MatchJson.PRETTY.writeValueAsString(MatchJson.tree(m, OptionalInt.empty())));
    } else {
      out.print(MatchText.render(m));
    }
    CheckedOutput.verify(out);
    return 0;
  }

  private LocalDate date(EnterpriseProfile profile) {
    if (asOf != null) {
      return asOf;
    }
    // Never today's date: the same profile must give the same answer tomorrow.
    return profile.asOf().orElseThrow(() -> new UserException(
        "The profile has no asOf date: give one with --as-of YYYY-MM-DD"));
  }

  /**
   * Streams a JSON Lines file: one result per line as it is read, a bad line reported on
   * standard error with its number while the rest is still processed; exit 2 if any line failed.
   */
  private int lines() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean text = format == Format.TEXT;
    long[] matched = {0};
    InputFiles.Summary s = InputFiles.eachLine(file, spec.qualifiedName(), out, err, PROGRESS_EVERY, (line, json) -> {
      EnterpriseProfile profile = PolicyJson.readProfile(json);
      FirmMatch m = FirmMatch.of(parent.catalog(), profile, date(profile));
      if (text) {
        out.print((matched[0] == 0 ? "" : "\n") + "# line " + line + "\n" + MatchText.render(m));
      } else {
        out.println(MatchJson.LINE.writeValueAsString(MatchJson.tree(m, OptionalInt.of((int) line))));
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
