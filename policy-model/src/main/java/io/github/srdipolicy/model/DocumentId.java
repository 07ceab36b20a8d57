package io.github.srdipolicy.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.srdipolicy.internal.Checks;

/**
 * The id of a policy document: its document number (文号), such as {@code 蛟政发〔2022〕4号}.
 *
 * <p>Example: {@code 蛟政发〔2022〕4号}. Immutable and thread-safe; {@code of(id.toString())} returns an
 * equal id.
 */
public final class DocumentId extends AbstractId {
  private DocumentId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param id the id text, not null
   * @return the id, never null
   * @throws IllegalArgumentException if the text is not a valid documentId
   */
  @JsonCreator
  public static DocumentId of(String id) {
    return new DocumentId(Checks.notBlank(id, "documentId"));
  }
}
