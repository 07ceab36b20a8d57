package io.github.srdipolicy.screening;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.json.PolicyJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Screens a stream of JSON Lines profiles in chunks, writing one JSON line of outcomes per firm,
 * with memory bounded by the chunk size whatever the length of the stream.
 *
 * <p>Each output line is {@code {"line":N,"name":…,"jurisdiction":…,"outcomes":{criteria-id:OUTCOME,…}}}
 * listing the criteria that apply to the firm, in the screener's order. A line that is not a
 * valid profile is reported to the error handler with its line number and the message, and the
 * rest of the stream is still processed. Blank lines are skipped.
 */
public final class JsonLinesScreening {
  /** Receives problems with single lines. */
  @FunctionalInterface
  public interface ErrorHandler {
    /**
     * Reports a line that could not be screened.
     *
     * @param line the 1-based line number
     * @param message what is wrong, naming the field and value where known
     */
    void onError(long line, String message);
  }

  /** Receives progress. */
  @FunctionalInterface
  public interface ProgressHandler {
    /**
     * Reports the number of lines processed so far, after each chunk.
     *
     * @param lines lines read so far
     */
    void onProgress(long lines);
  }

  /**
   * What a run processed.
   *
   * @param lines lines read, blank ones included
   * @param firms firms screened
   * @param errors lines rejected
   */
  public record Summary(long lines, long firms, long errors) {}

  private static final JsonFactory JSON = new JsonFactory();

  private JsonLinesScreening() {}

  /**
   * Screens every profile of a JSON Lines stream.
   *
   * @param in the profiles, one JSON object per line, not null
   * @param out where the outcome lines go, not null
   * @param screener the compiled criteria, not null
   * @param asOf the date tier holdings are checked on, not null
   * @param chunkSize how many lines are held in memory at once, at least 1
   * @param errors receives bad lines, not null
   * @param progress receives progress after each chunk, not null
   * @return what was processed, never null
   * @throws UncheckedIOException if reading or writing fails
   */
  public static Summary run(BufferedReader in, Writer out, Screener screener, LocalDate asOf, int chunkSize,
      ErrorHandler errors, ProgressHandler progress) {
    if (chunkSize < 1) {
      throw new IllegalArgumentException("Invalid chunkSize: '" + chunkSize + "' (must be at least 1)");
    }
    long lineNo = 0;
    long firms = 0;
    long bad = 0;
    try {
      JsonGenerator gen = JSON.createGenerator(out);
      gen.setRootValueSeparator(null); // one object per line, no separator of Jackson's own
      List<String> lines = new ArrayList<>(chunkSize);
      List<Long> numbers = new ArrayList<>(chunkSize);
      String line;
      boolean eof = false;
      while (!eof) {
        lines.clear();
        numbers.clear();
        while (lines.size() < chunkSize) {
          line = in.readLine();
          if (line == null) {
            eof = true;
            break;
          }
          lineNo++;
          if (!line.isBlank()) {
            lines.add(line);
            numbers.add(lineNo);
          }
        }
        if (lines.isEmpty()) {
          continue;
        }
        // Parsing dominates: do it in parallel, keeping each result at its line's position.
        Object[] parsed = new Object[lines.size()];
        IntStream.range(0, lines.size()).parallel().forEach(i -> {
          try {
            parsed[i] = PolicyJson.readProfile(lines.get(i));
          } catch (IllegalArgumentException e) {
            parsed[i] = e.getMessage();
          }
        });
        Population.Builder builder = screener.populationBuilder(lines.size(), asOf);
        List<Integer> firmOf = new ArrayList<>(lines.size());
        for (int i = 0; i < parsed.length; i++) {
          if (parsed[i] instanceof EnterpriseProfile) {
            try {
              firmOf.add(builder.add((EnterpriseProfile) parsed[i]));
              continue;
            } catch (IllegalArgumentException e) {
              parsed[i] = e.getMessage();
            }
          }
          firmOf.add(-1);
          errors.onError(numbers.get(i), (String) parsed[i]);
          bad++;
        }
        ScreeningResult result = screener.screen(builder.build());
        for (int i = 0; i < parsed.length; i++) {
          int firm = firmOf.get(i);
          if (firm < 0) {
            continue;
          }
          EnterpriseProfile p = (EnterpriseProfile) parsed[i];
          gen.writeStartObject();
          gen.writeNumberField("line", numbers.get(i));
          if (p.name().isPresent()) {
            gen.writeStringField("name", p.name().get());
          }
          gen.writeStringField("jurisdiction", p.jurisdiction().toString());
          gen.writeObjectFieldStart("outcomes");
          for (int c = 0; c < result.criteria().size(); c++) {
            Optional<Outcome> o = result.outcome(firm, c);
            if (o.isPresent()) {
              gen.writeStringField(result.criteria().get(c).id().toString(), o.get().name());
            }
          }
          gen.writeEndObject();
          gen.writeEndObject();
          gen.writeRaw('\n');
          firms++;
        }
        gen.flush();
        progress.onProgress(lineNo);
      }
      gen.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Summary(lineNo, firms, bad);
  }
}
