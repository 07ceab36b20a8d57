package io.github.srdipolicy.cli;

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
 * characters everywhere except newlines and tabs (the layout of the output itself); a message that
 * must stay on one line goes through {@link #oneLine}. JSON output is unaffected: Jackson already
 * escapes controls, and a {@code \}{@code uXXXX} escape inside a JSON string is the same character
 * to a JSON reader.
 */
final class SafeText {
  /**
   * Whether the program's own colour sequences may reach the terminal: set once by the entry point
   * when standard output is a colour terminal. Even then only plain SGR colour and weight sequences
   * ({@code ESC [ 0;1;22;30-37;39;90-97 m}) pass; every other escape sequence, and every other
   * control character, is still escaped, whatever wrote it.
   */
  static volatile boolean allowColour;

  private SafeText() {}

  /**
   * A message on one line: line breaks and surrounding blanks become one space, other control and
   * bidirectional characters are escaped.
   */
  static String oneLine(String message) {
    return message == null ? "failed" : escape(message.replaceAll("\\s*\\R\\s*", " ").strip());
  }

  /**
   * A file name for a message: escaped, so that a name with controls cannot act on the terminal.
   */
  static String path(Object path) {
    return escape(String.valueOf(path));
  }

  /**
   * Escapes what would act on a terminal or reorder text: C0 and C1 controls, DEL, bidirectional
   * embeddings, overrides, isolates and marks, line and paragraph separators, as the core's
   * messages do ({@code \n}, {@code \r}, {@code \t}, else {@code \}{@code uXXXX}).
   */
  static String escape(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (mustEscape(c)) {
        if (b == null) {
          b = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        b.append(
            c == '\n'
                ? "\\n"
                : c == '\r' ? "\\r" : c == '\t' ? "\\t" : String.format("\\u%04X", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }

  /** Whether a character must not reach a terminal raw. */
  static boolean mustEscape(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x2028 && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0xFEFF;
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

  /**
   * The program's own colour sequences, compiled on first use: only a colour terminal needs them,
   * and compiling a pattern is a measurable part of a cold start (issue #17).
   */
  private static final class Colour {
    static final java.util.regex.Pattern SGR =
        java.util.regex.Pattern.compile(
            "\u001b\\[(?:(?:0|1|22|3[0-79]|9[0-7])(?:;(?:0|1|22|3[0-79]|9[0-7]))*)?m");
  }

  /** Escapes every character {@link #mustEscape} names, except newline and tab. */
  private static final class Escaping extends FilterWriter {
    Escaping(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      if (keep((char) c)) {
        out.write(c);
      } else {
        out.write(escape(String.valueOf((char) c)));
      }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      int start = off;
      int end = off + len;
      for (int i = off; i < end; i++) {
        char c = str.charAt(i);
        if (!keep(c)) {
          int colour = c == '\u001b' && allowColour ? colourEnd(str, i, end) : -1;
          if (colour > 0) {
            i = colour - 1; // a colour sequence of the program's own: passed as is
            continue;
          }
          out.write(str, start, i - start);
          out.write(escape(String.valueOf(c)));
          start = i + 1;
        }
      }
      out.write(str, start, end - start);
    }

    /** The end of a colour sequence starting at {@code i}, or -1 if none starts there. */
    private static int colourEnd(String s, int i, int end) {
      java.util.regex.Matcher m = Colour.SGR.matcher(s).region(i, Math.min(end, i + 40));
      return m.lookingAt() ? m.end() : -1;
    }

    private static boolean keep(char c) {
      return c == '\n' || c == '\t' || !mustEscape(c);
    }
  }
}
