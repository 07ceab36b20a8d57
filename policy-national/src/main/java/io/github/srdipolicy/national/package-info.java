/**
 * The national level: the MIIT tiers (innovative SME, SRDI SME, little giant, manufacturing single
 * champion) and their criteria, dated, each fact with the confidence of its source.
 *
 * <p>The documents are data files under {@code META-INF/srdi-policy/} (one per document, in the
 * format of the core package {@code io.github.srdipolicy.catalog.data}); {@link
 * io.github.srdipolicy.national.NationalSource} names them. Only annex 3 of 金政发〔2022〕33号 was read
 * as seed text; every other fact comes from public reposts and is marked SECONDARY_C or
 * SECONDARY_S. Tier ids ({@code cn.little-giant} …) and indicator ids ({@code cn.srdi-score} …) are
 * stable and listed in the review sheets under {@code docs/review/}.
 */
@PolicyStyle
package io.github.srdipolicy.national;

import io.github.srdipolicy.model.PolicyStyle;
