package io.github.srdipolicy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Output that is known to have been written: a print writer hides write errors (a full disk, a
 * closed pipe), so every command's output is checked after it is flushed, and a file is written to
 * a temporary file beside it and moved into place, never left half written.
 */
final class CheckedOutput {
  private CheckedOutput() {}

  /**
   * Output that could not be written: exit code 1 with a message, as the request itself was fine.
   */
  static final class Failed extends RuntimeException {
    Failed(String message) {
      super(message);
    }
  }

  /**
   * An output failure seen by code that can only throw IOException: turned into {@link Failed} by
   * the command.
   */
  static final class WriteFailure extends IOException {
    WriteFailure(String message) {
      super(message);
    }
  }

  /**
   * A writer over a print writer that throws {@link WriteFailure} on flush once the print writer
   * has failed, so that a long run stops at the first chunk it cannot write.
   */
  static java.io.Writer failing(PrintWriter out) {
    return new java.io.Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        out.write(buf, off, len);
      }

      @Override
      public void write(String str, int off, int len) {
        out.write(str, off, len);
      }

      @Override
      public void flush() throws IOException {
        if (out.checkError()) {
          throw new WriteFailure(MESSAGE);
        }
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  private static final String MESSAGE =
      "Cannot write to standard output (disk full or output closed); the output is incomplete";

  /** Flushes and fails if anything written so far could not be written. */
  static void verify(PrintWriter out) {
    if (out.checkError()) {
      throw new Failed(MESSAGE);
    }
  }

  /**
   * Writes a whole file through a temporary file in the same directory, moved over the target only
   * once it is complete: a failure leaves the previous file as it was.
   */
  static void writeFile(Path target, String text) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw new UserException("Cannot write " + SafeText.path(target) + ": it is a directory");
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
      Files.writeString(temp, text, java.nio.charset.StandardCharsets.UTF_8);
      try {
        Files.move(
            temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (NoSuchFileException e) {
      throw new UserException("Cannot write " + SafeText.path(target) + ": no such directory");
    } catch (java.nio.file.AccessDeniedException e) {
      throw new UserException("Cannot write " + SafeText.path(target) + ": permission denied");
    } catch (IOException e) {
      throw new UserException("Cannot write " + SafeText.path(target) + ": " + e.getMessage());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the write already failed and says so; a stray temporary file is the lesser problem
        }
      }
    }
  }
}
