package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an encoded fact comes from: a document, a clause path inside it and a confidence.
 *
 * <p>Clause paths use the document's own numbering, for example {@code 二、(一)2} or {@code 附件4 小巨人企业
 * 制造类 5}; region modules list every path in the document's {@link PolicyDocument#outline()
 * outline}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSourceRef.class)
@JsonDeserialize(as = ImmutableSourceRef.class)
public abstract class SourceRef {
  /**
   * Returns the document.
   *
   * @return the document id, never null
   */
  public abstract DocumentId document();

  /**
   * Returns the clause path inside the document.
   *
   * @return the clause path, never blank
   */
  public abstract String clause();

  /**
   * Returns how well the fact is attested.
   *
   * @return the confidence, {@link Confidence#SEED} unless set
   */
  @Value.Default
  public Confidence confidence() {
    return Confidence.SEED;
  }

  /**
   * Returns where a secondary fact was found (e.g. a description of the reposts), if stated.
   *
   * @return the provenance note, never null
   */
  public abstract Optional<String> provenance();

  /**
   * Creates a seed-text reference.
   *
   * @param document the document number, not null
   * @param clause the clause path, not blank
   * @return the reference, never null
   */
  public static SourceRef of(String document, String clause) {
    return builder().document(DocumentId.of(document)).clause(clause).build();
  }

  /**
   * Creates a reference with an explicit confidence.
   *
   * @param document the document number, not null
   * @param clause the clause path, not blank
   * @param confidence the confidence, not null
   * @return the reference, never null
   */
  public static SourceRef of(String document, String clause, Confidence confidence) {
    return builder()
        .document(DocumentId.of(document))
        .clause(clause)
        .confidence(confidence)
        .build();
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
   * Builds {@link SourceRef} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableSourceRef.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(clause(), "clause");
  }

  @Override
  public String toString() {
    return document()
        + " "
        + clause()
        + (confidence() == Confidence.SEED ? "" : " [" + confidence() + "]");
  }
}
