package io.github.srdipolicy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.ImmutableEnterpriseProfile;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.ApplicationKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

  @Option(names = "--application", paramLabel = "KIND",
      description = "NEW or RENEWAL (复核): the kind of application to judge; default: the profile's, else NEW.")
  ApplicationKind application;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new UserException("No such file: " + file);
    }
    if (jsonl || file.getFileName().toString().endsWith(".jsonl")) {
      return lines();
    }
    EnterpriseProfile profile = withKind(PolicyJson.readProfile(withoutBom(read(file))));
    FirmMatch m = FirmMatch.of(parent.catalog(), profile, date(profile));
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(MatchJson.PRETTY.writeValueAsString(MatchJson.tree(m, OptionalInt.empty())));
    } else {
      out.print(MatchText.render(m));
    }
    out.flush();
    return 0;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new UserException(file + " is not UTF-8 text");
    } catch (IOException e) {
      throw new UserException("Cannot read " + file + ": " + e.getMessage());
    }
  }

  /** Editors on Windows may start a UTF-8 file with a byte-order mark, which is not JSON. */
  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The profile as read, judged for the kind of application given on the command line, if any. */
  private EnterpriseProfile withKind(EnterpriseProfile profile) {
    return application == null ? profile : ImmutableEnterpriseProfile.copyOf(profile).withApplicationKind(application);
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
   * Streams a JSON Lines file: one result per line as it is read, a malformed line reported on
   * standard error with its number while the rest is still processed; exit 2 if any line failed.
   */
  private int lines() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return lines(in, out, err);
    } catch (CharacterCodingException e) {
      throw new UserException(file + " is not UTF-8 text");
    }
  }

  private int lines(BufferedReader in, PrintWriter out, PrintWriter err) throws IOException {
    boolean text = format == Format.TEXT;
    int lineNumber = 0;
    int matched = 0;
    int failed = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      try {
        EnterpriseProfile profile = withKind(PolicyJson.readProfile(lineNumber == 1 ? withoutBom(line) : line));
        FirmMatch m = FirmMatch.of(parent.catalog(), profile, date(profile));
        if (text) {
          out.print((matched == 0 ? "" : "\n") + "# line " + lineNumber + "\n" + MatchText.render(m));
        } else {
          out.println(MatchJson.LINE.writeValueAsString(MatchJson.tree(m, OptionalInt.of(lineNumber))));
        }
        out.flush();
        matched++;
      } catch (IllegalArgumentException | UserException | JsonProcessingException e) {
        failed++;
        err.println(spec.qualifiedName() + ": " + file + " line " + lineNumber + ": "
            + e.getMessage().replaceAll("\\s*\\R\\s*", " ").strip());
      }
      if ((matched + failed) % PROGRESS_EVERY == 0) {
        err.println(spec.qualifiedName() + ": " + (matched + failed) + " profiles processed");
      }
      err.flush();
    }
    if (failed > 0) {
      err.println(spec.qualifiedName() + ": " + matched + " matched, " + failed + " failed");
      return PolicyCommand.USER_ERROR;
    }
    return 0;
  }
}
