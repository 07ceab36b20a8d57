package io.github.srdipolicy.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import org.immutables.value.Value;

/**
 * A condition that cannot be computed, such as "管理规范" or "具有高成长潜力".
 *
 * <p>It is decided only by a declaration in the profile under {@link #declaration()}: true
 * satisfies it, false fails it, and no declaration leaves it undetermined (needs a declaration or a
 * review). It never passes silently. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQualitative.class)
@JsonDeserialize(as = ImmutableQualitative.class)
@JsonTypeName("qualitative")
public abstract non-sealed class Qualitative implements Condition {
  /** Only the generated implementation extends this type. */
  Qualitative() {}

  /** How a qualitative condition is decided in practice. */
  public enum Assessment {
    /** The firm states it (e.g. registered in the province, no bad records). */
    DECLARATION,
    /** An expert or authority judges it (e.g. leading technology, high growth potential). */
    REVIEW
  }

  /**
   * Returns the key under which a profile declares this condition met or not.
   *
   * @return the declaration key, a lower-case slug, never null
   */
  public abstract String declaration();

  /**
   * Returns how the condition is assessed.
   *
   * @return the assessment, {@link Assessment#REVIEW} unless set
   */
  @Value.Default
  public Assessment assessment() {
    return Assessment.REVIEW;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Qualitative} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableQualitative.Builder {
    Builder() {}
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitQualitative(this);
  }

  @Value.Check
  void check() {
    Checks.slug(declaration(), "declaration");
  }
}
