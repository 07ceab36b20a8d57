package io.github.srdipolicy.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.srdipolicy.internal.Checks;

/**
 * A jurisdiction code: a six-digit GB/T 2260 administrative division code, or {@code CN} for the
 * national level.
 *
 * <p>Example: {@code 220281}. Immutable and thread-safe; {@code of(id.toString())} returns an equal
 * id.
 */
public final class JurisdictionCode extends AbstractId {
  private JurisdictionCode(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param id the id text, not null
   * @return the id, never null
   * @throws IllegalArgumentException if the text is not a valid jurisdictionCode
   */
  @JsonCreator
  public static JurisdictionCode of(String id) {
    return new JurisdictionCode(checkCode(id, "jurisdictionCode"));
  }

  /** The code of the national level. */
  public static final JurisdictionCode CN = of("CN");

  private static String checkCode(String id, String field) {
    Checks.notNull(id, field);
    Checks.check(
        id.equals("CN") || isSixDigitCode(id),
        field,
        id,
        "must be CN or a six-digit GB/T 2260 code");
    return id;
  }

  /**
   * [1-9][0-9]{5}, without compiling a regex on every call (ids are made by the thousand on load).
   */
  private static boolean isSixDigitCode(String id) {
    if (id.length() != 6 || id.charAt(0) < '1' || id.charAt(0) > '9') {
      return false;
    }
    for (int i = 1; i < 6; i++) {
      if (id.charAt(i) < '0' || id.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
