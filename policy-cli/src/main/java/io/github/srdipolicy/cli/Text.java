package io.github.srdipolicy.cli;

import io.github.srdipolicy.model.Confidence;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.model.ValueKind;
import java.util.ArrayList;
import java.util.List;

/** Formatting shared by the text outputs: bilingual names, amounts in 万元, aligned tables. */
final class Text {
  /** The language of this run's output, set by {@link LangOption} (one command runs at a time). */
  static volatile LangOption.Lang lang = LangOption.Lang.BOTH;

  private Text() {}

  static String name(LocalizedText text) {
    switch (lang) {
      case ZH:
        return text.zh();
      case EN:
        return text.en();
      default:
        return text.zh().equals(text.en()) ? text.zh() : text.zh() + " (" + text.en() + ")";
    }
  }

  /**
   * One language for a one-line summary: with both, the English line (Chinese names stay in the
   * name column).
   */
  static String line(LocalizedText text) {
    return lang == LangOption.Lang.ZH ? text.zh() : text.en();
  }

  /** Cuts a line to at most the given columns, marking the cut with an ellipsis. */
  static String fit(String s, int columns) {
    if (width(s) <= columns) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int cw = isWide(cp) ? 2 : 1;
      if (w + cw > columns - 1) {
        break;
      }
      b.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    return b.append('…').toString();
  }

  static String jurisdiction(Jurisdiction j) {
    return name(j.name()) + " [" + j.code() + "]";
  }

  /** Money is shown in 万元 whatever unit the document used, so that amounts line up in a column. */
  static String amount(Quantity q) {
    if (q.kind() == ValueKind.MONEY) {
      return q.to(Unit.WAN_YUAN).amount().toPlainString() + "万元";
    }
    return q.toDisplayString();
  }

  /** A clause reference, with the confidence only when it is not the seed text itself. */
  static String source(SourceRef ref) {
    return "["
        + ref.document()
        + " "
        + ref.clause()
        + (ref.confidence() == Confidence.SEED ? "" : ", " + ref.confidence())
        + "]";
  }

  /**
   * Terminal columns a string takes: CJK ideographs and full-width forms take two, so that tables
   * mixing Chinese and ASCII stay aligned.
   */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  static String pad(String s, int columns) {
    StringBuilder b = new StringBuilder(s);
    for (int w = width(s); w < columns; w++) {
      b.append(' ');
    }
    return b.toString();
  }

  /** A table with a header row, columns padded to their widest cell, two spaces apart. */
  static final class Table {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    Table(String... headers) {
      this.columns = headers.length;
      rows.add(headers);
    }

    Table row(String... cells) {
      if (cells.length != columns) {
        throw new IllegalStateException("expected " + columns + " cells, got " + cells.length);
      }
      rows.add(cells);
      return this;
    }

    boolean isEmpty() {
      return rows.size() == 1;
    }

    /** Renders the table, each line starting with the indent and ending without trailing blanks. */
    String render(String indent) {
      int[] widths = new int[columns];
      for (String[] r : rows) {
        for (int i = 0; i < columns; i++) {
          widths[i] = Math.max(widths[i], width(r[i]));
        }
      }
      StringBuilder b = new StringBuilder();
      for (int n = 0; n < rows.size(); n++) {
        line(b, indent, rows.get(n), widths);
        if (n == 0) {
          String[] rule = new String[columns];
          for (int i = 0; i < columns; i++) {
            rule[i] = "-".repeat(widths[i]);
          }
          line(b, indent, rule, widths);
        }
      }
      return b.toString();
    }

    private static void line(StringBuilder b, String indent, String[] cells, int[] widths) {
      StringBuilder l = new StringBuilder(indent);
      for (int i = 0; i < cells.length; i++) {
        l.append(i == cells.length - 1 ? cells[i] : pad(cells[i], widths[i]) + "  ");
      }
      b.append(l.toString().stripTrailing()).append('\n');
    }
  }
}
