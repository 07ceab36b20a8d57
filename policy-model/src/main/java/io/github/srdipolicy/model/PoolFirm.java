package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A firm named in a document's cultivation pool (e.g. Jiaohe's annex 1), with the facts the
 * document gives about it. Names of officials are deliberately not part of the model. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePoolFirm.class)
@JsonDeserialize(as = ImmutablePoolFirm.class)
public abstract non-sealed class PoolFirm implements Fact {
  /** Only the generated implementation extends this type. */
  PoolFirm() {}

  /** Operating status as listed (生产 / 半生产 / 停产 / 注销). */
  public enum OperatingStatus {
    /** 生产. */
    PRODUCING,
    /** 半生产. */
    PARTLY_PRODUCING,
    /** 停产. */
    SUSPENDED,
    /** 注销. */
    DEREGISTERED
  }

  /**
   * Returns the stable id.
   *
   * @return the id, never null
   */
  @Override
  public abstract FactId id();

  /**
   * Returns the serial number in the list.
   *
   * @return the serial number, from 1
   */
  public abstract int serial();

  /**
   * Returns the registered name of the firm, as listed.
   *
   * @return the name, never null
   */
  public abstract String name();

  /**
   * Returns the industry category.
   *
   * @return the industry, never null
   */
  public abstract LocalizedText industry();

  /**
   * Returns the level of its technology centre, if it has one.
   *
   * @return the level, never null
   */
  public abstract Optional<RecognitionLevel> technologyCentre();

  /**
   * Returns the patent count as listed (software copyrights included).
   *
   * @return the count, never null
   */
  public abstract Optional<Integer> patents();

  /**
   * Returns the operating status.
   *
   * @return the status, never null
   */
  public abstract Optional<OperatingStatus> operatingStatus();

  /**
   * Returns the SRDI recognition status as listed, in the encoders' words.
   *
   * @return the status, never null
   */
  public abstract Optional<LocalizedText> srdiStatus();

  /**
   * Returns the year in which it is planned to reach the city-level tier.
   *
   * @return the year, never null
   */
  public abstract Optional<Integer> plannedCityYear();

  /**
   * Returns the year in which it is planned to reach the provincial tier.
   *
   * @return the year, never null
   */
  public abstract Optional<Integer> plannedProvinceYear();

  /**
   * Returns the row it comes from.
   *
   * @return the source reference, never null
   */
  public abstract SourceRef source();

  /**
   * Returns a note on how the row was read.
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
   * Builds {@link PoolFirm} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutablePoolFirm.Builder {
    Builder() {}
  }
}
