/**
 * The national level: the MIIT tiers (innovative SME, SRDI SME, little giant, manufacturing
 * single champion) and their criteria, dated, each fact with the confidence of its source.
 *
 * <p>Other modules refer to the national tiers through {@link io.github.srdipolicy.national.NationalTiers};
 * profiles supply the indicators the national criteria add through
 * {@link io.github.srdipolicy.national.NationalIndicators}; the data reaches the catalogue through
 * {@link io.github.srdipolicy.national.NationalSource}. Only annex 3 of 金政发〔2022〕33号 was read
 * as seed text; every other fact comes from public reposts and is marked SECONDARY_C or SECONDARY_S.
 */
@PolicyStyle
package io.github.srdipolicy.national;

import io.github.srdipolicy.model.PolicyStyle;
