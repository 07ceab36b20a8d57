package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When and for which kind of application a set of criteria decides its tier, where that differs
 * from "every application while the document is in force": for example the 2022 little-giant
 * standard, which new applications left on 2026-04-01 but which the 2026 renewal round still uses.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableApplicability.class)
@JsonDeserialize(as = ImmutableApplicability.class)
public abstract class Applicability {
  /**
   * Returns the kinds of application the criteria judge in this period.
   *
   * @return the kinds, empty meaning every kind, never null
   */
  public abstract List<ApplicationKind> kinds();

  /**
   * Returns the dates (of application or assessment) the criteria apply on.
   *
   * @return the period, never null
   */
  public abstract DateRange period();

  /**
   * Returns the text that routes these applications to the criteria, where it is not the criteria's
   * own document (e.g. a yearly notice or a transition article).
   *
   * @return the source reference, never null
   */
  public abstract Optional<SourceRef> source();

  /**
   * Returns how the period or the routing was derived, where a text does not state it.
   *
   * @return the note, never null
   */
  public abstract Optional<LocalizedText> note();

  /**
   * Tells whether an application of a kind on a date falls under this entry.
   *
   * @param kind the kind of application, not null
   * @param date the date, not null
   * @return true if the kind is listed (or none is) and the period contains the date
   */
  public boolean covers(ApplicationKind kind, LocalDate date) {
    return (kinds().isEmpty() || kinds().contains(kind)) && period().contains(date);
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
   * Builds {@link Applicability} values: set the attributes, then {@code build()} checks and
   * returns one.
   */
  public static final class Builder extends ImmutableApplicability.Builder {
    Builder() {}
  }
}
