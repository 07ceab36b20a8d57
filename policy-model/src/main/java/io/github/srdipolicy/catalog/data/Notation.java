package io.github.srdipolicy.catalog.data;

import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Unit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How amounts and operators are written in the data files and the review sheets. */
final class Notation {
  private static final Map<Unit, String> UNIT_WORDS = new EnumMap<>(Unit.class);
  private static final Map<String, Unit> UNITS = new LinkedHashMap<>();
  private static final Map<Operator, String> OPERATOR_WORDS = new EnumMap<>(Operator.class);
  private static final Map<String, Operator> OPERATORS = new LinkedHashMap<>();
  private static final Pattern AMOUNT =
      Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?(?:E[+-]?[0-9]+)?) ?(\\S+)");

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
    OPERATOR_WORDS.forEach((o, w) -> OPERATORS.put(w, o));
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

  /** Reads an amount written as {@link #amount(Quantity)} does; empty if it is not one. */
  static Optional<Amount> parseAmount(String text) {
    Matcher m = AMOUNT.matcher(text.strip());
    if (!m.matches() || !UNITS.containsKey(m.group(2))) {
      return Optional.empty();
    }
    return Optional.of(new Amount(m.group(1), UNITS.get(m.group(2))));
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
