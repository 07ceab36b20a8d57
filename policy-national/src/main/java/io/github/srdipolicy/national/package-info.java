/**
 * The national level: the MIIT tiers (innovative SME, SRDI SME, little giant, manufacturing
 * single champion) and their criteria, dated, each fact with the confidence of its source.
 *
 * <p>Other modules refer to the national tiers through {@link io.github.srdipolicy.national.NationalTiers};
 * the data reaches the catalogue through {@link io.github.srdipolicy.national.NationalSource}.
 */
@PolicyStyle
package io.github.srdipolicy.national;

import io.github.srdipolicy.model.PolicyStyle;
