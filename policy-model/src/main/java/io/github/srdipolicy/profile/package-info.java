/**
 * Building the windowed indicator values of an {@link
 * io.github.srdipolicy.engine.EnterpriseProfile} from a firm's yearly accounts: {@link
 * io.github.srdipolicy.profile.YearlyFigures} per financial year go into {@link
 * io.github.srdipolicy.profile.ProfileFromFigures#derive}, which returns the standard {@link
 * io.github.srdipolicy.model.Indicators} it can compute for a reference year.
 *
 * <p>Arithmetic is exact {@link java.math.BigDecimal} except where a quotient does not terminate;
 * the rounding of those is stated on {@link io.github.srdipolicy.profile.ProfileFromFigures}. A
 * figure that is missing, or a denominator that is zero, leaves the indicator out: nothing is
 * guessed.
 */
@PolicyStyle
package io.github.srdipolicy.profile;

import io.github.srdipolicy.model.PolicyStyle;
