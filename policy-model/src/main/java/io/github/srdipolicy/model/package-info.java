/**
 * The typed, immutable policy model: jurisdictions, documents and their clause outlines, tiers and
 * ladders, indicators and exact quantities, eligibility conditions and criteria, incentives,
 * targets, measures and provisions, each fact carrying a {@link
 * io.github.srdipolicy.model.SourceRef}.
 *
 * <p>Every type here is immutable, null-free and thread-safe. Values are built through builders
 * ({@code Tier.builder()}) or small factories ({@code Quantity.wanYuan("5000")}); structural
 * invariants are checked on construction and violations throw {@link
 * java.lang.IllegalArgumentException} naming the field and the value. Eligibility logic lives in
 * {@link io.github.srdipolicy.engine}, not here.
 */
@PolicyStyle
package io.github.srdipolicy.model;
