package io.github.srdipolicy.cli;

import io.github.srdipolicy.assessment.Standing;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * What the terminal can show: colour only when standard output is a terminal and {@code NO_COLOR}
 * is not set; marks and tree lines in ASCII when the locale is not UTF-8. Decided once by {@link
 * Main}; in-process runs (tests) get plain Unicode text without colour.
 */
final class Terminal {
  static volatile boolean colour;
  static volatile boolean unicode = true;

  private static final Map<Character, Character> ASCII =
      Map.ofEntries(
          Map.entry('✓', '+'),
          Map.entry('✗', 'x'),
          Map.entry('■', '#'),
          Map.entry('·', '.'),
          Map.entry('│', '|'),
          Map.entry('├', '+'),
          Map.entry('└', '`'),
          Map.entry('→', '>'),
          Map.entry('…', '~'),
          Map.entry('—', '-'),
          Map.entry('≥', '>'),
          Map.entry('≤', '<'));

  private Terminal() {}

  /** Sets colour and character set from the environment of a real run. */
  static void configure(boolean isTerminal, Map<String, String> env) {
    colour = isTerminal && env.get("NO_COLOR") == null && !"dumb".equals(env.get("TERM"));
    unicode = isUtf8(env);
  }

  /** The locale's character set, as the C library decides it: LC_ALL, else LC_CTYPE, else LANG. */
  static boolean isUtf8(Map<String, String> env) {
    for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String v = env.get(name);
      if (v != null && !v.isEmpty()) {
        String l = v.toLowerCase(Locale.ROOT);
        return l.contains("utf-8") || l.contains("utf8");
      }
    }
    return true; // no locale set at all: most terminals today are UTF-8
  }

  /** A standing's mark, coloured on a terminal. */
  static String mark(Standing s) {
    String m = unicode ? s.mark() : s.asciiMark();
    if (!colour) {
      return m;
    }
    switch (s) {
      case HELD:
        return "\u001b[36m" + m + "\u001b[0m";
      case ELIGIBLE:
        return "\u001b[32m" + m + "\u001b[0m";
      case NOT_ELIGIBLE:
        return "\u001b[31m" + m + "\u001b[0m";
      case UNDETERMINED:
        return "\u001b[33m" + m + "\u001b[0m";
      default:
        return m;
    }
  }

  /** Bold on a terminal, for headings. */
  static String bold(String s) {
    return colour ? "\u001b[1m" + s + "\u001b[0m" : s;
  }

  /** A writer that replaces marks and tree lines by ASCII when the terminal is not UTF-8. */
  static Writer ascii(Writer out) {
    return new FilterWriter(out) {
      @Override
      public void write(int c) throws IOException {
        super.write(ASCII.getOrDefault((char) c, (char) c));
      }

      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        char[] copy = new char[len];
        for (int i = 0; i < len; i++) {
          copy[i] = ASCII.getOrDefault(cbuf[off + i], cbuf[off + i]);
        }
        super.write(copy, 0, len);
      }

      @Override
      public void write(String str, int off, int len) throws IOException {
        write(str.toCharArray(), off, len);
      }
    };
  }
}
