package io.github.srdipolicy.cli;

import io.github.srdipolicy.screening.JsonLinesScreening;
import io.github.srdipolicy.screening.Screener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    header = "Screen many firms (JSON Lines) against every tier in force: outcomes only, fast.",
    description = {
      "Each input line is one profile; each output line lists the firm's outcome per criteria that "
          + "applies to it. Bad lines are reported on standard error with their line number and skipped.",
      "For the explained result of one firm, use 'match'."
    })
final class ScreenCommand implements Callable<Integer> {
  @ParentCommand PolicyCommand parent;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "PROFILES.jsonl",
      description = "One enterprise profile per line; - for standard input.")
  Path file;

  @Option(
      names = "--as-of",
      required = true,
      converter = PolicyCommand.DateConverter.class,
      description = "Date to screen on (YYYY-MM-DD): the documents in force then, tiers held then.")
  LocalDate asOf;

  @Option(
      names = "--chunk",
      defaultValue = "8192",
      description = "Lines held in memory at once, 1 to 65536 (default ${DEFAULT-VALUE}).")
  int chunk;

  @Override
  public Integer call() throws IOException {
    if (chunk < 1 || chunk > JsonLinesScreening.MAX_CHUNK_LINES) {
      throw new UserException(
          "Invalid --chunk: '"
              + chunk
              + "' (must be from 1 to "
              + JsonLinesScreening.MAX_CHUNK_LINES
              + ")");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JsonLinesScreening.Summary summary;
    try (InputStream in = InputFiles.open(file, parent.in)) {
      Screener screener = Screener.of(parent.catalog(), asOf);
      BufferedWriter buffered = new BufferedWriter(CheckedOutput.failing(out), 1 << 16);
      summary =
          JsonLinesScreening.run(
              in,
              buffered,
              screener,
              asOf,
              chunk,
              (line, message) ->
                  err.println(InputFiles.lineError(spec.qualifiedName(), file, line, message)),
              lines -> {
                if (lines >= 100_000) {
                  err.println("screened " + lines + " lines");
                }
              });
      buffered.flush();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CheckedOutput.WriteFailure) {
        throw new CheckedOutput.Failed(e.getCause().getMessage());
      }
      throw new UserException(
          "Cannot read " + SafeText.path(file) + ": " + e.getCause().getMessage());
    } catch (CheckedOutput.WriteFailure e) {
      throw new CheckedOutput.Failed(e.getMessage());
    }
    CheckedOutput.verify(out);
    err.println("screened " + summary.firms() + " firms, " + summary.errors() + " bad lines");
    err.flush();
    return summary.errors() == 0 ? 0 : PolicyCommand.USER_ERROR;
  }
}
