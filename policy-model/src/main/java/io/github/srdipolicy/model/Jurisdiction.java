package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A government jurisdiction: national, a province, a prefecture city or a county.
 *
 * <p>A firm registered in a county is subject to the whole chain of parents up to {@code CN}; the
 * catalogue walks it with {@code Catalog.chain(code)}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableJurisdiction.class)
@JsonDeserialize(as = ImmutableJurisdiction.class)
public abstract class Jurisdiction {
  /**
   * Returns the code.
   *
   * @return the GB/T 2260 code or {@code CN}, never null
   */
  public abstract JurisdictionCode code();

  /**
   * Returns the level.
   *
   * @return the level, never null
   */
  public abstract JurisdictionLevel level();

  /**
   * Returns the Chinese and English name.
   *
   * @return the name, never null
   */
  public abstract LocalizedText name();

  /**
   * Returns the parent jurisdiction, empty only for the national level.
   *
   * @return the parent's code, never null
   */
  public abstract Optional<JurisdictionCode> parent();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Jurisdiction} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableJurisdiction.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    boolean national = level() == JurisdictionLevel.NATIONAL;
    Checks.check(
        national == parent().isEmpty(),
        "parent",
        parent(),
        "only the national level has no parent");
    Checks.check(
        national == code().equals(JurisdictionCode.CN),
        "code",
        code(),
        "CN is the code of the national level and of it only");
  }

  @Override
  public String toString() {
    return code() + " " + name().zh();
  }
}
