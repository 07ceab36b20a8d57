package io.github.srdipolicy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.json.JsonLines;
import io.github.srdipolicy.json.PolicyJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The one place the command line reads its inputs, with the same rules and limits everywhere:
 *
 * <ul>
 *   <li>the file must exist and be a regular file (a directory, {@code /dev/zero} or a pipe is
 *       refused), or be {@code -}, standard input, read with the same limits;
 *   <li>a profile file is at most {@link #MAX_PROFILE_BYTES} bytes; a JSON Lines line at most
 *       {@link JsonLines#DEFAULT_MAX_LINE_BYTES} bytes (a longer line is reported and skipped);
 *   <li>text is UTF-8, decoded line by line, a byte-order mark at the start dropped;
 *   <li>an error names the file (escaped), the line, and what the reader says about the field and
 *       value.
 * </ul>
 */
final class InputFiles {
  /** Largest profile file: 4 MiB, a thousand times a real profile, small beside a 128 MB heap. */
  static final int MAX_PROFILE_BYTES = 4 << 20;

  private InputFiles() {}

  /**
   * Receives one non-blank line; throws IllegalArgumentException, UserException or
   * JsonProcessingException if it is bad.
   */
  @FunctionalInterface
  interface LineHandler {
    void accept(long line, String text) throws JsonProcessingException;
  }

  /** What a JSON Lines run did. */
  record Summary(long done, long failed) {}

  /** Whether a file argument names standard input ({@code -}). */
  static boolean isStdin(Path file) {
    return file.toString().equals("-");
  }

  /**
   * Opens a file for reading after checking that it is a regular file; {@code -} is standard input.
   */
  static InputStream open(Path file, InputStream stdin) {
    if (isStdin(file)) {
      // Not closed with the reader: standard input belongs to the process.
      return new BufferedInputStream(
          new java.io.FilterInputStream(stdin) {
            @Override
            public void close() {}
          },
          1 << 16);
    }
    return open(file);
  }

  /** Opens a file for reading after checking that it is a regular file. */
  static InputStream open(Path file) {
    requireRegularFile(file);
    try {
      return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    } catch (IOException e) {
      throw new UserException("Cannot read " + SafeText.path(file) + ": " + e.getMessage());
    }
  }

  private static void requireRegularFile(Path file) {
    if (Files.isDirectory(file)) {
      throw new UserException(SafeText.path(file) + " is a directory, not a file");
    }
    if (!Files.exists(file)) {
      throw new UserException("No such file: " + SafeText.path(file));
    }
    if (!Files.isRegularFile(file)) {
      throw new UserException(
          SafeText.path(file)
              + " is not a regular file (a device or a pipe has no end to read to)");
    }
    if (!Files.isReadable(file)) {
      throw new UserException("Cannot read " + SafeText.path(file) + ": permission denied");
    }
  }

  /** Reads and parses one profile file; every error names the file. */
  static EnterpriseProfile readProfile(Path file) {
    return readProfile(file, System.in);
  }

  /**
   * Reads and parses one profile file, or standard input for {@code -}; every error names the file.
   */
  static EnterpriseProfile readProfile(Path file, InputStream stdin) {
    String text;
    try (InputStream in = open(file, stdin)) {
      text = JsonLines.readDocument(in, MAX_PROFILE_BYTES);
    } catch (IOException e) {
      throw new UserException("Cannot read " + SafeText.path(file) + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new UserException(SafeText.path(file) + " is " + e.getMessage());
    }
    return inFile(file, () -> PolicyJson.readProfile(text));
  }

  /** Runs a step on a file's content, naming the file in any user error it raises. */
  static <T> T inFile(Path file, Supplier<T> step) {
    try {
      return step.get();
    } catch (UserException | IllegalArgumentException e) {
      throw new UserException(SafeText.path(file) + ": " + e.getMessage());
    }
  }

  /**
   * Reads a JSON Lines file line by line: each non-blank line goes to the handler; a line that
   * cannot be read or that the handler rejects is reported on {@code err} as {@code COMMAND: FILE
   * line N: MESSAGE} and the next line is read. Progress goes to {@code err} every {@code
   * progressEvery} lines handled.
   */
  static Summary eachLine(
      Path file,
      String command,
      PrintWriter out,
      PrintWriter err,
      int progressEvery,
      LineHandler handler) {
    return eachLine(file, System.in, command, out, err, progressEvery, handler);
  }

  /**
   * As {@link #eachLine(Path, String, PrintWriter, PrintWriter, int, LineHandler)}, {@code -}
   * reading standard input.
   */
  static Summary eachLine(
      Path file,
      InputStream stdin,
      String command,
      PrintWriter out,
      PrintWriter err,
      int progressEvery,
      LineHandler handler) {
    long done = 0;
    long failed = 0;
    try (InputStream in = open(file, stdin)) {
      JsonLines lines = new JsonLines(in, JsonLines.DEFAULT_MAX_LINE_BYTES);
      for (JsonLines.Line line = lines.next(); line != null; line = lines.next()) {
        if (line.isBlank()) {
          continue;
        }
        String problem = line.error();
        if (problem == null) {
          try {
            handler.accept(line.number(), line.text());
            done++;
          } catch (IllegalArgumentException | UserException | JsonProcessingException e) {
            problem = e.getMessage();
          }
        }
        if (problem != null) {
          failed++;
          err.println(lineError(command, file, line.number(), problem));
        }
        CheckedOutput.verify(out);
        if ((done + failed) % progressEvery == 0) {
          err.println(command + ": " + (done + failed) + " profiles processed");
        }
        err.flush();
      }
    } catch (IOException e) {
      throw new UserException("Cannot read " + SafeText.path(file) + ": " + e.getMessage());
    }
    return new Summary(done, failed);
  }

  /** The report of one bad line: command, file, line number, and the message on one line. */
  static String lineError(String command, Path file, long line, String message) {
    return command
        + ": "
        + SafeText.path(file)
        + " line "
        + line
        + ": "
        + SafeText.oneLine(message);
  }
}
