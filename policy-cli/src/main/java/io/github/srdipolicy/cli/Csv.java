package io.github.srdipolicy.cli;

import java.util.List;

/** Tidy CSV rows: one fact per row, a cell quoted only when it must be (RFC 4180). */
final class Csv {
  private final StringBuilder b = new StringBuilder();

  /** Starts a table with its header row. */
  Csv(String... header) {
    row(header);
  }

  /** Appends one row; {@code null} cells are empty. */
  Csv row(String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(cell(cells[i]));
    }
    b.append('\n');
    return this;
  }

  /** Appends one row. */
  Csv row(List<String> cells) {
    return row(cells.toArray(String[]::new));
  }

  /** One cell, quoted when it holds a comma, a quote or a line break. */
  static String cell(String s) {
    if (s == null) {
      return "";
    }
    boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
    return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  @Override
  public String toString() {
    return b.toString();
  }
}
