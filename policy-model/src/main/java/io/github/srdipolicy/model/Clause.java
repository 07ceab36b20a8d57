package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a document's outline: its clause path, a heading in the encoders' words and what the
 * encoding did with it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClause.class)
@JsonDeserialize(as = ImmutableClause.class)
public abstract class Clause {
  /**
   * Returns the clause path, as used in {@link SourceRef#clause()}.
   *
   * @return the path, never null
   */
  public abstract String path();

  /**
   * Returns a short heading.
   *
   * @return the heading, never null
   */
  public abstract LocalizedText heading();

  /**
   * Returns the status.
   *
   * @return the status, never null
   */
  public abstract ClauseStatus status();

  /**
   * Returns why nothing is encoded, required unless {@link ClauseStatus#ENCODED}.
   *
   * @return the reason, never null
   */
  public abstract Optional<LocalizedText> reason();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Clause} values: set the attributes, then {@code build()} checks and returns one.
   */
  public static final class Builder extends ImmutableClause.Builder {
    Builder() {}
  }

  /**
   * Creates an encoded clause.
   *
   * @param path the path, not blank
   * @param zh the Chinese heading
   * @param en the English heading
   * @return the clause, never null
   */
  public static Clause encoded(String path, String zh, String en) {
    return builder()
        .path(path)
        .heading(LocalizedText.of(zh, en))
        .status(ClauseStatus.ENCODED)
        .build();
  }

  /**
   * Creates a clause without encodable facts.
   *
   * @param path the path, not blank
   * @param zh the Chinese heading
   * @param en the English heading
   * @param reason why there is nothing to encode, not null
   * @return the clause, never null
   */
  public static Clause noFact(String path, String zh, String en, LocalizedText reason) {
    return builder()
        .path(path)
        .heading(LocalizedText.of(zh, en))
        .status(ClauseStatus.NO_ENCODABLE_FACT)
        .reason(reason)
        .build();
  }

  /**
   * Creates a clause missing from a truncated source.
   *
   * @param path the path, not blank
   * @param zh the Chinese heading
   * @param en the English heading
   * @return the clause, never null
   */
  public static Clause notAvailable(String path, String zh, String en) {
    return builder()
        .path(path)
        .heading(LocalizedText.of(zh, en))
        .status(ClauseStatus.NOT_AVAILABLE)
        .reason(LocalizedText.of("原文在此之前截断", "the source text is truncated before this clause"))
        .build();
  }

  @Value.Check
  void check() {
    Checks.notBlank(path(), "path");
    // An if rather than a check with message lambdas: a lambda costs a class spun at run time on
    // its first use, which every cold catalogue load paid for each check (issue #11).
    if (status() != ClauseStatus.ENCODED && reason().isEmpty()) {
      throw Checks.invalid(
          "reason of clause " + path(), reason(), "is required unless the clause is encoded");
    }
  }
}
