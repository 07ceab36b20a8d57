package io.github.srdipolicy.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The firm must already hold a tier on the evaluation date: "年销售收入4亿元以下的企业须为国家专精特新 '小巨人'企业" is a
 * band whose requirement is {@code HoldsTier(cn.little-giant)}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHoldsTier.class)
@JsonDeserialize(as = ImmutableHoldsTier.class)
@JsonTypeName("holdsTier")
public abstract non-sealed class HoldsTier implements Condition {
  /** Only the generated implementation extends this type. */
  HoldsTier() {}

  /**
   * Returns the tier that must be held.
   *
   * @return the tier id, never null
   */
  public abstract TierId tier();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link HoldsTier} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableHoldsTier.Builder {
    Builder() {}
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitHoldsTier(this);
  }
}
