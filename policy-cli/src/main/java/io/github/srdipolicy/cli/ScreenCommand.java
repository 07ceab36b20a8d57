package io.github.srdipolicy.cli;

import io.github.srdipolicy.screening.JsonLinesScreening;
import io.github.srdipolicy.screening.Screener;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code policy screen FILE.jsonl --as-of DATE}: outcomes only, for whole registers of firms,
 * through the compiled screener; memory stays flat however long the file.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
    header = "Screen many firms (JSON Lines) against every tier in force: outcomes only, fast.",
    description = {"Each input line is one profile; each output line lists the firm's outcome per criteria that "
        + "applies to it. Bad lines are reported on standard error with their line number and skipped.",
        "For the explained result of one firm, use 'match'."})
final class ScreenCommand implements Callable<Integer> {
  @ParentCommand
  PolicyCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROFILES.jsonl", description = "One enterprise profile per line.")
  Path file;

  @Option(names = "--as-of", required = true, converter = PolicyCommand.DateConverter.class,
      description = "Date to screen on (YYYY-MM-DD): the documents in force then, tiers held then.")
  LocalDate asOf;

  @Option(names = "--chunk", defaultValue = "8192", description = "Lines held in memory at once (default ${DEFAULT-VALUE}).")
  int chunk;

  @Override
  public Integer call() throws IOException {
    if (chunk < 1) {
      throw new UserException("Invalid --chunk: '" + chunk + "' (must be at least 1)");
    }
    Screener screener = Screener.of(parent.catalog(), asOf);
    PrintWriter err = spec.commandLine().getErr();
    JsonLinesScreening.Summary summary;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      BufferedWriter out = new BufferedWriter(spec.commandLine().getOut());
      summary = JsonLinesScreening.run(in, out, screener, asOf, chunk,
          (line, message) -> err.println("line " + line + ": " + message),
          lines -> {
            if (lines >= 100_000) {
              err.println("screened " + lines + " lines");
            }
          });
      out.flush();
    } catch (NoSuchFileException e) {
      throw new UserException("File not found: " + file);
    }
    err.println("screened " + summary.firms() + " firms, " + summary.errors() + " bad lines");
    err.flush();
    return summary.errors() == 0 ? 0 : PolicyCommand.USER_ERROR;
  }
}
