package io.github.srdipolicy.catalog.data;

import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Unit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How amounts and operators are written in the data files and the review sheets. */
final class Notation {
  private static final Map<Unit, String> UNIT_WORDS = new EnumMap<>(Unit.class);
  private static final Map<String, Unit> UNITS = new LinkedHashMap<>();
  private static final Map<Operator, String> OPERATOR_WORDS = new EnumMap<>(Operator.class);
  private static final Map<String, Operator> OPERATORS = new LinkedHashMap<>();

  static {
    for (Unit u : Unit.values()) {
      // The Chinese symbol where it names one unit only; otherwise a word (个 and 年 are shared).
      String word =
          switch (u) {
            case ITEMS,
                FACILITIES,
                CLUSTERS,
                CHAINS,
                YEARS,
                CALENDAR_YEAR,
                FRACTION,
                EPOCH_DAY,
                FLAG,
                LEVEL ->
                " " + u.name().toLowerCase(Locale.ROOT).replace('_', '-');
            default -> u.zhSymbol();
          };
      UNIT_WORDS.put(u, word);
      UNITS.put(word.strip(), u);
    }
    OPERATOR_WORDS.put(Operator.AT_LEAST, "at-least");
    OPERATOR_WORDS.put(Operator.GREATER_THAN, "more-than");
    OPERATOR_WORDS.put(Operator.AT_MOST, "at-most");
    OPERATOR_WORDS.put(Operator.LESS_THAN, "less-than");
    OPERATOR_WORDS.put(Operator.EQUAL_TO, "equal-to");
    for (Map.Entry<Operator, String> e : OPERATOR_WORDS.entrySet()) {
      OPERATORS.put(e.getValue(), e.getKey());
    }
  }

  private Notation() {}

  /**
   * Returns an amount as written in a file, such as {@code 2000万元}, {@code 40%} or {@code 3 level}.
   */
  static String amount(Quantity q) {
    return amount(q.amount().toString(), q.unit());
  }

  static String amount(String amount, Unit unit) {
    return amount + UNIT_WORDS.get(unit);
  }

  /** An amount as written: the decimal text, kept exactly, and its unit. */
  record Amount(String amount, Unit unit) {}

  /**
   * Reads an amount written as {@link #amount(Quantity)} does; empty if it is not one.
   *
   * <p>The text, stripped, is a decimal {@code -?[0-9]+(\.[0-9]+)?(E[+-]?[0-9]+)?}, at most one
   * space, then a unit word with no whitespace in it. Matched by hand rather than with a regular
   * expression: compiling and first running a {@code Pattern} costs several milliseconds of a cold
   * catalogue load (issue #11). It accepts exactly what the expression {@code
   * (-?[0-9]+(?:\.[0-9]+)?(?:E[+-]?[0-9]+)?) ?(\S+)} with a known unit did: that expression's first
   * match takes the longest number, and when that fails every other split leaves a unit made of
   * digits, '.', 'E' or signs, or with whitespace, which is never a unit word ({@code NotationTest}
   * checks both against each other).
   */
  static Optional<Amount> parseAmount(String text) {
    String s = text.strip();
    int n = s.length();
    int i = 0;
    if (i < n && s.charAt(i) == '-') {
      i++;
    }
    int digits = digits(s, i);
    if (digits == i) {
      return Optional.empty();
    }
    i = digits;
    if (i + 1 < n && s.charAt(i) == '.' && digits(s, i + 1) > i + 1) {
      i = digits(s, i + 1);
    }
    if (i + 1 < n && s.charAt(i) == 'E') {
      int j = i + 1;
      if (s.charAt(j) == '+' || s.charAt(j) == '-') {
        j++;
      }
      int end = digits(s, j);
      if (end > j) {
        i = end;
      }
    }
    int numberEnd = i;
    if (i < n && s.charAt(i) == ' ') {
      i++;
    }
    if (i == n) {
      return Optional.empty();
    }
    for (int k = i; k < n; k++) {
      if (isRegexSpace(s.charAt(k))) {
        return Optional.empty();
      }
    }
    Unit unit = UNITS.get(s.substring(i));
    return unit == null
        ? Optional.empty()
        : Optional.of(new Amount(s.substring(0, numberEnd), unit));
  }

  /** The index after the ASCII digits starting at {@code from}. */
  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** Whitespace as a regular expression's {@code \s} means it (ASCII only). */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
  }

  /** Returns the unit words accepted after an amount, for messages and the schema. */
  static String unitWords() {
    return String.join(", ", UNITS.keySet());
  }

  static String word(Operator o) {
    return OPERATOR_WORDS.get(o);
  }

  static Optional<Operator> operator(String word) {
    return Optional.ofNullable(OPERATORS.get(word));
  }

  static Iterable<String> operatorWords() {
    return OPERATORS.keySet();
  }
}
