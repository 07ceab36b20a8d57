package io.github.srdipolicy.internal;

import java.util.Collection;
import java.util.function.Supplier;

/**
 * Argument checks whose messages always name the field and quote the offending value.
 *
 * <p>Messages are built only when a check fails: the hot paths (every value of every profile) pay
 * for a comparison, not for string building. A quoted value is {@link #show shown} bounded in
 * length and with control characters escaped, so that a hostile value can neither flood a message
 * nor reach a terminal raw.
 */
public final class Checks {
  /** Longest quoted value, in characters, before it is cut with an ellipsis. */
  public static final int MAX_SHOWN = 120;

  private Checks() {}

  /**
   * Fails unless {@code condition} holds.
   *
   * @param condition the invariant
   * @param field the name of the field, as a caller would write it
   * @param value the offending value, quoted in the message
   * @param rule what the value must satisfy
   */
  public static void check(boolean condition, String field, Object value, String rule) {
    if (!condition) {
      throw invalid(field, value, rule);
    }
  }

  /**
   * Fails unless {@code condition} holds; the rule text is built only on failure.
   *
   * @param condition the invariant
   * @param field the name of the field, as a caller would write it
   * @param value the offending value, quoted in the message
   * @param rule what the value must satisfy, computed on failure only
   */
  public static void check(boolean condition, String field, Object value, Supplier<String> rule) {
    if (!condition) {
      throw invalid(field, value, rule.get());
    }
  }

  /**
   * Fails unless {@code condition} holds; field and rule texts are built only on failure.
   *
   * @param condition the invariant
   * @param field the name of the field, computed on failure only
   * @param value the offending value, quoted in the message
   * @param rule what the value must satisfy, computed on failure only
   */
  public static void check(
      boolean condition, Supplier<String> field, Object value, Supplier<String> rule) {
    if (!condition) {
      throw invalid(field.get(), value, rule.get());
    }
  }

  /**
   * Returns the exception a failed check throws: {@code Invalid FIELD: 'VALUE' (RULE)}.
   *
   * @param field the field name
   * @param value the offending value, shown through {@link #show}
   * @param rule what the value must satisfy
   * @return the exception, never null
   */
  public static IllegalArgumentException invalid(String field, Object value, String rule) {
    return new IllegalArgumentException(
        "Invalid " + field + ": '" + show(value) + "' (" + rule + ")");
  }

  /**
   * Fails with a {@link NullPointerException} naming the parameter if the value is null.
   *
   * @param value the argument
   * @param parameter the parameter's name
   * @param <T> the type
   * @return the value
   */
  public static <T> T notNull(T value, String parameter) {
    if (value == null) {
      throw new NullPointerException(parameter + " must not be null");
    }
    return value;
  }

  /**
   * Renders a value for a message: at most {@link #MAX_SHOWN} characters (then an ellipsis and the
   * full length), with control, format and bidirectional characters escaped as {@code \}{@code
   * uXXXX} (newline, tab and carriage return as {@code \n}, {@code \t}, {@code \r}). Never throws.
   *
   * @param value any value, possibly null
   * @return the text, never null
   */
  public static String show(Object value) {
    String text;
    try {
      text = String.valueOf(value);
    } catch (RuntimeException e) {
      text = value.getClass().getSimpleName();
    }
    int length = text.length();
    boolean cut = length > MAX_SHOWN;
    String head =
        cut
            ? text.substring(
                0,
                Character.isHighSurrogate(text.charAt(MAX_SHOWN - 1)) ? MAX_SHOWN - 1 : MAX_SHOWN)
            : text;
    String escaped = escape(head);
    return cut ? escaped + "…(" + length + " characters)" : escaped;
  }

  /**
   * Escapes the characters that would act on a terminal or reorder text: C0 and C1 controls, DEL,
   * bidirectional embeddings, overrides, isolates and marks, line and paragraph separators.
   *
   * @param text the text, not null
   * @return the text with those characters escaped, the same instance if none occurs
   */
  public static String escape(String text) {
    int i = 0;
    while (i < text.length() && !mustEscape(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!mustEscape(c)) {
        b.append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else {
        b.append(String.format("\\u%04X", (int) c));
      }
    }
    return b.toString();
  }

  /**
   * Whether a character must not reach a terminal raw.
   *
   * @param c the character
   * @return true for controls, DEL, C1 controls and bidirectional formatting characters
   */
  public static boolean mustEscape(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x2028 && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0xFEFF;
  }

  /**
   * Fails if the text is blank.
   *
   * @param text the text
   * @param field the field name
   * @return the text
   */
  public static String notBlank(String text, String field) {
    notNull(text, field);
    check(!text.isBlank(), field, text, "must not be blank");
    return text;
  }

  /**
   * Fails if the collection is empty.
   *
   * @param values the collection
   * @param field the field name
   */
  public static void notEmpty(Collection<?> values, String field) {
    check(!values.isEmpty(), field, values, "must not be empty");
  }

  /**
   * Fails unless the id is a lower-case slug: letters, digits, '.', '-' and '_'.
   *
   * @param id the id
   * @param field the field name
   * @return the id
   * @throws NullPointerException naming the field if the id is null
   */
  public static String slug(String id, String field) {
    notNull(id, field);
    check(
        isSlug(id),
        field,
        id,
        "must be lower-case ASCII letters, digits, '.', '-' or '_', starting with a letter or digit");
    return id;
  }

  /**
   * Whether the text is a slug, {@code [a-z0-9][a-z0-9._-]*}. Matched by hand rather than with a
   * regular expression: every id of the catalogue passes here, and compiling and first running a
   * {@code Pattern} cost several milliseconds of a cold catalogue load (issue #11).
   */
  private static boolean isSlug(String id) {
    if (id.isEmpty() || !isLowerOrDigit(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!isLowerOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
