package io.github.srdipolicy.assessment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.engine.TierHolding;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.TierId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An answer to a {@link Question}, or a change for a {@link WhatIf}: an indicator value, a
 * declaration, or whether a tier is held. {@link #applyTo} gives the profile with the answer in it.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAnswer.class)
@JsonDeserialize(as = ImmutableAnswer.class)
public abstract class Answer {
  /**
   * Returns the input answered.
   *
   * @return the input, never null
   */
  public abstract InputRef input();

  /**
   * Returns the value, for an indicator.
   *
   * @return the value, never null
   */
  public abstract Optional<Quantity> value();

  /**
   * Returns yes or no, for a declaration or a tier.
   *
   * @return the answer, never null
   */
  public abstract Optional<Boolean> yes();

  /**
   * Returns the date of recognition, for a tier held.
   *
   * @return the date, never null
   */
  public abstract Optional<LocalDate> recognised();

  /**
   * An indicator value.
   *
   * @param indicator the indicator id, not null
   * @param value the value, not null
   * @return the answer, never null
   */
  public static Answer value(IndicatorId indicator, Quantity value) {
    return value(InputRef.indicator(indicator), value);
  }

  static Answer value(InputRef input, Quantity value) {
    return ImmutableAnswer.builder().input(input).value(value).build();
  }

  /**
   * A declaration for a qualitative condition.
   *
   * @param key the declaration key, not null
   * @param met whether the condition is met
   * @return the answer, never null
   */
  public static Answer declaration(String key, boolean met) {
    return ImmutableAnswer.builder().input(InputRef.declaration(key)).yes(met).build();
  }

  /**
   * A tier held since a date.
   *
   * @param tier the tier id text, not null
   * @param recognised the date of recognition, not null
   * @return the answer, never null
   */
  public static Answer tierHeld(String tier, LocalDate recognised) {
    return ImmutableAnswer.builder()
        .input(InputRef.tier(TierId.of(tier)))
        .yes(true)
        .recognised(recognised)
        .build();
  }

  /**
   * A tier not held. The profile's recognition list is then taken as complete ({@code
   * tiersComplete}), since a profile records holdings, not their absence.
   *
   * @param tier the tier id text, not null
   * @return the answer, never null
   */
  public static Answer tierNotHeld(String tier) {
    return ImmutableAnswer.builder().input(InputRef.tier(TierId.of(tier))).yes(false).build();
  }

  /**
   * Returns the profile with this answer in it, replacing any earlier value for the same input.
   *
   * @param profile the profile, not null
   * @return the new profile, never null
   */
  public EnterpriseProfile applyTo(EnterpriseProfile profile) {
    EnterpriseProfile p = profile;
    switch (input().kind()) {
      case INDICATOR:
        {
          Map<IndicatorId, Quantity> values = new LinkedHashMap<>(p.values());
          values.put(IndicatorId.of(input().id()), value().orElseThrow());
          return EnterpriseProfile.builder().from(p).values(values).build();
        }
      case DECLARATION:
        {
          Map<String, Boolean> declarations = new LinkedHashMap<>(p.declarations());
          declarations.put(input().id(), yes().orElseThrow());
          return EnterpriseProfile.builder().from(p).declarations(declarations).build();
        }
      default:
        {
          TierId tier = TierId.of(input().id());
          List<TierHolding> tiers = new ArrayList<>();
          p.tiers().stream().filter(h -> !h.tier().equals(tier)).forEach(tiers::add);
          if (recognised().isPresent()) {
            tiers.add(TierHolding.of(input().id(), recognised().get()));
            return EnterpriseProfile.builder().from(p).tiers(tiers).build();
          }
          return EnterpriseProfile.builder().from(p).tiers(tiers).tiersComplete(true).build();
        }
    }
  }

  @Value.Check
  void check() {
    boolean ok;
    switch (input().kind()) {
      case INDICATOR:
        ok = value().isPresent() && yes().isEmpty() && recognised().isEmpty();
        break;
      case DECLARATION:
        ok = value().isEmpty() && yes().isPresent() && recognised().isEmpty();
        break;
      default:
        ok = value().isEmpty() && yes().isPresent() && recognised().isPresent() == yes().get();
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "Invalid answer for "
              + input()
              + ": an indicator takes a value, a declaration yes or no, a tier yes with its date or no");
    }
  }
}
