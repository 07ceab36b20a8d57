package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import org.immutables.value.Value;

/**
 * A label or description in Chinese and English, both required.
 *
 * <p>Texts are written by the encoders in their own words; only names of terms (such as
 * 专精特新"小巨人"企业) and document numbers are taken from the sources. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLocalizedText.class)
@JsonDeserialize(as = ImmutableLocalizedText.class)
public abstract class LocalizedText {
  /**
   * Returns the Chinese text.
   *
   * @return the Chinese text, never blank
   */
  public abstract String zh();

  /**
   * Returns the English text.
   *
   * @return the English text, never blank
   */
  public abstract String en();

  /**
   * Creates a text.
   *
   * @param zh the Chinese text, not blank
   * @param en the English text, not blank
   * @return the text, never null
   */
  public static LocalizedText of(String zh, String en) {
    return ImmutableLocalizedText.builder().zh(zh).en(en).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank(zh(), "zh");
    Checks.notBlank(en(), "en");
  }

  @Override
  public String toString() {
    return zh() + " / " + en();
  }
}
