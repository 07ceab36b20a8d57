package io.github.srdipolicy.assessment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.model.LocalizedText;
import org.immutables.value.Value;

/** A term users trip on, with what it means here. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableDefinition.class)
@JsonDeserialize(as = ImmutableDefinition.class)
public abstract class Definition {
  /**
   * Returns the key: a recognition level's rank, a window's name, an indicator id.
   *
   * @return the key, never null
   */
  public abstract String key();

  /**
   * Returns the term.
   *
   * @return the term, never null
   */
  public abstract LocalizedText term();

  /**
   * Returns what it means.
   *
   * @return the meaning, never null
   */
  public abstract LocalizedText meaning();

  /**
   * Creates a definition.
   *
   * @param key the key, not null
   * @param term the term, not null
   * @param meaning the meaning, not null
   * @return the definition, never null
   */
  public static Definition of(String key, LocalizedText term, LocalizedText meaning) {
    return ImmutableDefinition.builder().key(key).term(term).meaning(meaning).build();
  }
}
