package io.github.srdipolicy.cli;

import io.github.srdipolicy.internal.Checks;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Keeps text that reaches a terminal from acting on it: escape sequences, carriage returns, NUL,
 * bidirectional overrides in a firm's name, an id or a value are shown as {@code \}{@code uXXXX}
 * escapes instead of clearing the screen or forging an output line.
 *
 * <p>Every command's standard output and error go through {@link #terminal}, which escapes those
 * characters everywhere except newlines and tabs (the layout of the output itself); a message
 * that must stay on one line goes through {@link #oneLine}. JSON output is unaffected: Jackson
 * already escapes controls, and a {@code \}{@code uXXXX} escape inside a JSON string is the same
 * character to a JSON reader.
 */
final class SafeText {
  private SafeText() {}

  /**
   * A message on one line: line breaks and surrounding blanks become one space, other control
   * and bidirectional characters are escaped.
   */
  static String oneLine(String message) {
    return message == null ? "failed" : Checks.escape(message.replaceAll("\\s*\\R\\s*", " ").strip());
  }

  /** A file name for a message: escaped, so that a name with controls cannot act on the terminal. */
  static String path(Object path) {
    return Checks.show(path);
  }

  /** Wraps a writer so that everything written through it is escaped for a terminal. */
  static PrintWriter terminal(PrintWriter target) {
    return new TerminalWriter(target);
  }

  /** A print writer whose errors are those of its target, so that write failures are still seen. */
  private static final class TerminalWriter extends PrintWriter {
    private final PrintWriter target;

    TerminalWriter(PrintWriter target) {
      super(new Escaping(target), false);
      this.target = target;
    }

    @Override
    public boolean checkError() {
      boolean mine = super.checkError();
      return target.checkError() || mine;
    }
  }

  /** Escapes every character {@link Checks#mustEscape} names, except newline and tab. */
  private static final class Escaping extends FilterWriter {
    Escaping(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      if (keep((char) c)) {
        out.write(c);
      } else {
        out.write(Checks.escape(String.valueOf((char) c)));
      }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      int start = off;
      int end = off + len;
      for (int i = off; i < end; i++) {
        if (!keep(buf[i])) {
          out.write(buf, start, i - start);
          out.write(Checks.escape(String.valueOf(buf[i])));
          start = i + 1;
        }
      }
      out.write(buf, start, end - start);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      int start = off;
      int end = off + len;
      for (int i = off; i < end; i++) {
        if (!keep(str.charAt(i))) {
          out.write(str, start, i - start);
          out.write(Checks.escape(String.valueOf(str.charAt(i))));
          start = i + 1;
        }
      }
      out.write(str, start, end - start);
    }

    private static boolean keep(char c) {
      return c == '\n' || c == '\t' || !Checks.mustEscape(c);
    }
  }
}
