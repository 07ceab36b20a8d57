package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A task or safeguard of a document, with its responsible units; tasks may nest ({@link #parent()})
 * and may be restated elsewhere in the document, for example in a task-list annex ({@link
 * #alsoListedIn()}), rather than encoded twice. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeasure.class)
@JsonDeserialize(as = ImmutableMeasure.class)
public abstract non-sealed class Measure implements Fact {
  /** Only the generated implementation extends this type. */
  Measure() {}

  /** What kind of measure this is. */
  public enum Kind {
    /** A work task (重点任务 / 工作任务 / 工程). */
    TASK,
    /** A safeguard (保障措施). */
    SAFEGUARD,
    /** A reporting or scheduling rule. */
    REPORTING
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
   * Returns the parent measure, for items of a task.
   *
   * @return the parent id, never null
   */
  public abstract Optional<FactId> parent();

  /**
   * Returns the title.
   *
   * @return the title, never null
   */
  public abstract LocalizedText title();

  /**
   * Returns a summary in the encoders' words.
   *
   * @return the summary, never null
   */
  public abstract Optional<LocalizedText> summary();

  /**
   * Returns the actions the measure lists, each summarised.
   *
   * @return the actions, never null
   */
  public abstract List<LocalizedText> actions();

  /**
   * Returns the units responsible (责任单位), lead unit first.
   *
   * @return the responsible units, never null
   */
  public abstract List<LocalizedText> responsibleUnits();

  /**
   * Returns the targets that measure its progress.
   *
   * @return target ids, never null
   */
  public abstract List<FactId> targets();

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
   * Returns other places that restate the same measure (e.g. a task-list annex).
   *
   * @return further source references, never null
   */
  public abstract List<SourceRef> alsoListedIn();

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
   * Builds {@link Measure} values: set the attributes, then {@code build()} checks and returns one.
   */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}
  }
}
