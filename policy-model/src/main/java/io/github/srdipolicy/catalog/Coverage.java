package io.github.srdipolicy.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.model.Completeness;
import io.github.srdipolicy.model.DocumentId;
import java.util.List;
import org.immutables.value.Value;

/**
 * How completely a document's outline is covered: how many clauses are encoded, hold no encodable
 * fact, or are not available, and which clauses marked encoded no fact refers to. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoverage.class)
@JsonDeserialize(as = ImmutableCoverage.class)
public abstract class Coverage {
  /**
   * Returns the document.
   *
   * @return the document id, never null
   */
  public abstract DocumentId document();

  /**
   * Returns the document's completeness.
   *
   * @return the completeness, never null
   */
  public abstract Completeness completeness();

  /**
   * Returns the number of clauses in the outline.
   *
   * @return the count
   */
  public abstract int clauses();

  /**
   * Returns the number of encoded clauses.
   *
   * @return the count
   */
  public abstract int encoded();

  /**
   * Returns the number of clauses without an encodable fact.
   *
   * @return the count
   */
  public abstract int noEncodableFact();

  /**
   * Returns the number of clauses missing from the source.
   *
   * @return the count
   */
  public abstract int notAvailable();

  /**
   * Returns the number of facts encoded from the document.
   *
   * @return the count
   */
  public abstract int facts();

  /**
   * Returns the clauses marked encoded that no fact refers to (should be empty).
   *
   * @return the clause paths, never null
   */
  public abstract List<String> encodedWithoutFacts();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Coverage} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableCoverage.Builder {
    Builder() {}
  }
}
