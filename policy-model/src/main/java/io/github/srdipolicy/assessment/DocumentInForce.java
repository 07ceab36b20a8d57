package io.github.srdipolicy.assessment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.LocalizedText;
import org.immutables.value.Value;

/** A document in force for the firm on the assessment date. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableDocumentInForce.class)
@JsonDeserialize(as = ImmutableDocumentInForce.class)
public abstract class DocumentInForce {
  /**
   * Returns the document number.
   *
   * @return the id, never null
   */
  public abstract DocumentId document();

  /**
   * Returns the title.
   *
   * @return the title, never null
   */
  public abstract LocalizedText title();

  /**
   * Returns the issuing jurisdiction.
   *
   * @return the code, never null
   */
  public abstract JurisdictionCode jurisdiction();

  /**
   * Returns when it is in force.
   *
   * @return the validity, never null
   */
  public abstract DateRange validity();

  /**
   * Returns how many sets of criteria it holds.
   *
   * @return the number of criteria
   */
  public abstract int criteria();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link DocumentInForce} values: set the attributes, then {@code build()} checks and
   * returns one.
   */
  public static final class Builder extends ImmutableDocumentInForce.Builder {
    Builder() {}
  }
}
