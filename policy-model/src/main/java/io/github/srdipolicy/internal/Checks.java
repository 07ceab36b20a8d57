package io.github.srdipolicy.internal;

import java.util.Collection;
import java.util.regex.Pattern;

/** Argument checks whose messages always name the field and quote the offending value. */
public final class Checks {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._\\-]*");

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
      throw new IllegalArgumentException(
          "Invalid " + field + ": '" + value + "' (" + rule + ")");
    }
  }

  /**
   * Fails if the text is blank.
   *
   * @param text the text
   * @param field the field name
   * @return the text
   */
  public static String notBlank(String text, String field) {
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
   */
  public static String slug(String id, String field) {
    check(SLUG.matcher(id).matches(), field, id,
        "must be lower-case ASCII letters, digits, '.', '-' or '_', starting with a letter or digit");
    return id;
  }
}
