/**
 * The explainable eligibility engine: an {@link io.github.srdipolicy.engine.EnterpriseProfile} is
 * evaluated against {@link io.github.srdipolicy.model.EligibilityCriteria} by the stateless {@link
 * io.github.srdipolicy.engine.EligibilityEvaluator}, giving a three-valued {@link
 * io.github.srdipolicy.engine.Outcome} with a trace, the missing inputs and the gaps; the {@link
 * io.github.srdipolicy.engine.IncentiveCalculator} turns a recognition history into the rewards due
 * under each document's stacking rules.
 */
@PolicyStyle
package io.github.srdipolicy.engine;

import io.github.srdipolicy.model.PolicyStyle;
