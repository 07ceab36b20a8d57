package io.github.srdipolicy.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.TierId;
import java.util.Objects;

/**
 * An input a profile can supply: an indicator value, a declaration or a tier holding. Its text form
 * is {@code indicator:ID}, {@code declaration:KEY} or {@code tier:ID}. Immutable and thread-safe.
 */
public final class InputRef implements Comparable<InputRef> {
  /** The kinds of input. */
  public enum Kind {
    /** An indicator value. */
    INDICATOR("indicator:"),
    /** A declaration for a qualitative condition. */
    DECLARATION("declaration:"),
    /** Whether a tier is held. */
    TIER("tier:");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }
  }

  private final Kind kind;
  private final String id;

  /** The text form, computed once: reports sort and print inputs often. */
  private final String text;

  private InputRef(Kind kind, String id) {
    this.kind = Objects.requireNonNull(kind);
    this.id = Objects.requireNonNull(id);
    this.text = kind.prefix + id;
  }

  /**
   * An indicator input.
   *
   * @param id the indicator id, not null
   * @return the input, never null
   */
  public static InputRef indicator(IndicatorId id) {
    return new InputRef(Kind.INDICATOR, id.toString());
  }

  /**
   * A declaration input.
   *
   * @param key the declaration key, not null
   * @return the input, never null
   */
  public static InputRef declaration(String key) {
    return new InputRef(Kind.DECLARATION, key);
  }

  /**
   * A tier-holding input.
   *
   * @param tier the tier id, not null
   * @return the input, never null
   */
  public static InputRef tier(TierId tier) {
    return new InputRef(Kind.TIER, tier.toString());
  }

  /**
   * Parses the text form.
   *
   * @param text {@code indicator:ID}, {@code declaration:KEY} or {@code tier:ID}
   * @return the input, never null
   * @throws IllegalArgumentException naming the text if it is malformed
   */
  @JsonCreator
  public static InputRef of(String text) {
    int colon = text.indexOf(':');
    if (colon > 0) {
      String prefix = text.substring(0, colon);
      String id = text.substring(colon + 1);
      for (Kind kind : Kind.values()) {
        if (kind.prefix.equals(prefix + ":") && !id.isEmpty()) {
          return new InputRef(kind, id);
        }
      }
    }
    throw new IllegalArgumentException(
        "Invalid input reference: '"
            + text
            + "' (must be indicator:ID, declaration:KEY or tier:ID)");
  }

  /**
   * Returns the kind.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the id of the indicator, declaration or tier.
   *
   * @return the id, never null
   */
  public String id() {
    return id;
  }

  @JsonValue
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InputRef && ((InputRef) o).kind == kind && ((InputRef) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + id.hashCode();
  }

  @Override
  public int compareTo(InputRef o) {
    return text.compareTo(o.text);
  }
}
