package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Any other encoded fact of a document that is neither criteria, incentive, target nor measure: a
 * principle, a development direction with its focus industries, a cohort definition, a reporting
 * deadline, a service offered. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvision.class)
@JsonDeserialize(as = ImmutableProvision.class)
public abstract non-sealed class Provision implements Fact {
  /** Only the generated implementation extends this type. */
  Provision() {}

  /** What kind of provision this is. */
  public enum Kind {
    /** A basic principle (基本原则). */
    PRINCIPLE,
    /** A development direction (专 / 精 / 特 / 新) and its focus. */
    DIRECTION,
    /** A list of focus industries, clusters or chains. */
    FOCUS_INDUSTRIES,
    /** A cohort or pool and how it is defined. */
    COHORT,
    /** A procedural rule: who recognises, how often, which pool feeds which. */
    PROCEDURE,
    /** A reporting rule or a deadline. */
    DEADLINE,
    /** A service offered to firms. */
    SERVICE,
    /** A body that supervises or coordinates. */
    GOVERNANCE,
    /** Anything else. */
    OTHER
  }

  /**
   * Returns the stable id.
   *
   * @return the id, never null
   */
  @Override
  public abstract FactId id();

  /**
   * Returns the kind.
   *
   * @return the kind, never null
   */
  public abstract Kind kind();

  /**
   * Returns the label.
   *
   * @return the label, never null
   */
  public abstract LocalizedText label();

  /**
   * Returns a description in the encoders' words.
   *
   * @return the description, never null
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Returns listed items, such as the industries of a focus list.
   *
   * @return the items, never null
   */
  public abstract List<LocalizedText> items();

  /**
   * Returns a date the provision sets, such as a deadline.
   *
   * @return the date, never null
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns a quantity the provision sets, such as a cohort's size or a revenue bound.
   *
   * @return the quantity, never null
   */
  public abstract Optional<Quantity> quantity();

  /**
   * Returns the units responsible.
   *
   * @return the responsible units, never null
   */
  public abstract List<LocalizedText> responsibleUnits();

  /**
   * Returns how often it recurs and when each round is due, one entry per rhythm the text gives.
   *
   * @return the schedules, never null
   */
  public abstract List<Schedule> schedules();

  /**
   * Returns the clause it comes from.
   *
   * @return the source reference, never null
   */
  public abstract SourceRef source();

  /**
   * Returns an interpretation note.
   *
   * @return the note, never null
   */
  public abstract Optional<LocalizedText> note();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Provision} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableProvision.Builder {
    Builder() {}
  }
}
