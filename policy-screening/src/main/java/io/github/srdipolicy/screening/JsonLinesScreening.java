package io.github.srdipolicy.screening;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.internal.Checks;
import io.github.srdipolicy.json.JsonLines;
import io.github.srdipolicy.json.PolicyJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
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
 * <p>Each output line is {@code
 * {"line":N,"name":…,"jurisdiction":…,"outcomes":{criteria-id:OUTCOME,…}}} listing the criteria
 * that apply to the firm, in the screener's order. A line that is not a valid profile is reported
 * to the error handler with its line number and the message, and the rest of the stream is still
 * processed. Blank lines are skipped.
 *
 * <p>Memory is bounded whatever the input: a line is at most {@link
 * JsonLines#DEFAULT_MAX_LINE_BYTES} long (a longer one is reported and skipped without being held),
 * a chunk at most {@link #MAX_CHUNK_LINES} lines and {@link #MAX_CHUNK_CHARS} characters.
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

  /**
   * Most lines a chunk may hold: {@code --chunk} beyond it is refused, as the columns would outgrow
   * a small heap.
   */
  public static final int MAX_CHUNK_LINES = 65_536;

  /**
   * Most characters of profile text a chunk holds: a chunk ends early when its lines reach this
   * size, so that long lines cannot multiply memory by the chunk size.
   */
  public static final int MAX_CHUNK_CHARS = 4 << 20;

  private static final JsonFactory JSON = new JsonFactory();

  private JsonLinesScreening() {}

  /** The lines of the input, one at a time, each with its number or what is wrong with it. */
  private interface Source {
    JsonLines.Line next() throws IOException;
  }

  /**
   * Screens every profile of a JSON Lines stream of UTF-8 bytes, decoding each line on its own: a
   * line that is not UTF-8 or longer than {@link JsonLines#DEFAULT_MAX_LINE_BYTES} is reported and
   * the rest is screened. This is the form to prefer.
   *
   * @param in the profiles, one JSON object per line, UTF-8, not null; not closed
   * @param out where the outcome lines go, not null
   * @param screener the compiled criteria, not null
   * @param asOf the date tier holdings are checked on, not null
   * @param chunkSize how many lines are held in memory at once, 1 to {@link #MAX_CHUNK_LINES}
   * @param errors receives bad lines, not null
   * @param progress receives progress after each chunk, not null
   * @return what was processed, never null
   * @throws UncheckedIOException if reading or writing fails
   * @throws IllegalArgumentException if the chunk size is out of range
   */
  public static Summary run(
      InputStream in,
      Writer out,
      Screener screener,
      LocalDate asOf,
      int chunkSize,
      ErrorHandler errors,
      ProgressHandler progress) {
    JsonLines lines = new JsonLines(Checks.notNull(in, "in"), JsonLines.DEFAULT_MAX_LINE_BYTES);
    return run(lines::next, out, screener, asOf, chunkSize, errors, progress);
  }

  /**
   * Screens every profile of a JSON Lines stream of characters. Lines longer than {@link
   * JsonLines#DEFAULT_MAX_LINE_BYTES} characters are reported and skipped; a decoding error of the
   * reader itself ends the run, so prefer {@link #run(InputStream, Writer, Screener, LocalDate,
   * int, ErrorHandler, ProgressHandler)} for files.
   *
   * @param in the profiles, one JSON object per line, not null
   * @param out where the outcome lines go, not null
   * @param screener the compiled criteria, not null
   * @param asOf the date tier holdings are checked on, not null
   * @param chunkSize how many lines are held in memory at once, 1 to {@link #MAX_CHUNK_LINES}
   * @param errors receives bad lines, not null
   * @param progress receives progress after each chunk, not null
   * @return what was processed, never null
   * @throws UncheckedIOException if reading or writing fails
   * @throws IllegalArgumentException if the chunk size is out of range
   */
  public static Summary run(
      BufferedReader in,
      Writer out,
      Screener screener,
      LocalDate asOf,
      int chunkSize,
      ErrorHandler errors,
      ProgressHandler progress) {
    return run(
        new CharLines(Checks.notNull(in, "in"), JsonLines.DEFAULT_MAX_LINE_BYTES),
        out,
        screener,
        asOf,
        chunkSize,
        errors,
        progress);
  }

  private static Summary run(
      Source in,
      Writer out,
      Screener screener,
      LocalDate asOf,
      int chunkSize,
      ErrorHandler errors,
      ProgressHandler progress) {
    Checks.notNull(out, "out");
    Checks.notNull(screener, "screener");
    Checks.notNull(asOf, "asOf");
    Checks.notNull(errors, "errors");
    Checks.notNull(progress, "progress");
    Checks.check(
        chunkSize >= 1 && chunkSize <= MAX_CHUNK_LINES,
        "chunkSize",
        chunkSize,
        () -> "must be from 1 to " + MAX_CHUNK_LINES);
    long lineNo = 0;
    long firms = 0;
    long bad = 0;
    try {
      JsonGenerator gen = JSON.createGenerator(out);
      gen.setRootValueSeparator(null); // one object per line, no separator of Jackson's own
      List<String> lines = new ArrayList<>(Math.min(chunkSize, 8192));
      List<Long> numbers = new ArrayList<>(Math.min(chunkSize, 8192));
      boolean eof = false;
      while (!eof) {
        lines.clear();
        numbers.clear();
        long chars = 0;
        while (lines.size() < chunkSize && chars < MAX_CHUNK_CHARS) {
          JsonLines.Line line = in.next();
          if (line == null) {
            eof = true;
            break;
          }
          lineNo = line.number();
          if (line.error() != null) {
            errors.onError(lineNo, line.error());
            bad++;
          } else if (!line.isBlank()) {
            lines.add(line.text());
            numbers.add(lineNo);
            chars += line.text().length();
          }
        }
        if (lines.isEmpty()) {
          continue;
        }
        // Parsing dominates: do it in parallel, keeping each result at its line's position.
        Object[] parsed = new Object[lines.size()];
        IntStream.range(0, lines.size())
            .parallel()
            .forEach(
                i -> {
                  try {
                    parsed[i] = PolicyJson.readProfile(lines.get(i));
                  } catch (IllegalArgumentException e) {
                    parsed[i] = e.getMessage();
                  }
                });
        lines.clear(); // the text is no longer needed: let it go before the columns are built
        Population.Builder builder = screener.populationBuilder(parsed.length, asOf);
        int[] firmOf = new int[parsed.length];
        for (int i = 0; i < parsed.length; i++) {
          firmOf[i] = -1;
          if (parsed[i] instanceof EnterpriseProfile) {
            try {
              firmOf[i] = builder.add((EnterpriseProfile) parsed[i]);
              continue;
            } catch (IllegalArgumentException e) {
              parsed[i] = e.getMessage();
            }
          }
          errors.onError(numbers.get(i), (String) parsed[i]);
          bad++;
        }
        ScreeningResult result = screener.screen(builder.build());
        for (int i = 0; i < parsed.length; i++) {
          int firm = firmOf[i];
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

  /** Lines of a character stream, each bounded: a longer line is skipped to its end, not held. */
  private static final class CharLines implements Source {
    private final BufferedReader in;
    private final int max;
    private long number;

    CharLines(BufferedReader in, int max) {
      this.in = in;
      this.max = max;
    }

    @Override
    public JsonLines.Line next() throws IOException {
      StringBuilder b = new StringBuilder();
      long length = 0;
      int c = in.read();
      if (c < 0) {
        return null;
      }
      while (c >= 0 && c != '\n') {
        if (length++ < max) {
          b.append((char) c);
        }
        c = in.read();
      }
      number++;
      if (length > max) {
        return new JsonLines.Line(
            number,
            null,
            "line is longer than the limit of "
                + max
                + " characters ("
                + length
                + " characters); skipped");
      }
      int end = b.length();
      if (end > 0 && b.charAt(end - 1) == '\r') {
        b.setLength(end - 1);
      }
      if (number == 1 && b.length() > 0 && b.charAt(0) == '\uFEFF') {
        b.deleteCharAt(0);
      }
      return new JsonLines.Line(number, b.toString(), null);
    }
  }
}
