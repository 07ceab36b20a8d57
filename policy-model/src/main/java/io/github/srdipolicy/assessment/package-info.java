/**
 * Answers first: the assessment of one firm, ladder by ladder.
 *
 * <p>{@link io.github.srdipolicy.assessment.Assessor} turns a profile into an {@link
 * io.github.srdipolicy.assessment.Assessment}: for each ladder of the firm's jurisdiction chain,
 * bottom rung first, one {@link io.github.srdipolicy.assessment.TierAssessment} per tier with its
 * {@link io.github.srdipolicy.assessment.Standing}, the decisive {@link
 * io.github.srdipolicy.assessment.Reason reasons}, the missing inputs, the {@link
 * io.github.srdipolicy.assessment.Shortfall shortfalls} with their distance and the rewards
 * recognition would bring; then the next reachable rung, the rewards already due, the documents in
 * force and the ranked next {@link io.github.srdipolicy.assessment.Question questions}. An {@link
 * io.github.srdipolicy.assessment.Answer} applied to a profile is how a questionnaire moves on;
 * {@link io.github.srdipolicy.assessment.WhatIf} reports what changing inputs would change. {@link
 * io.github.srdipolicy.assessment.Definitions} holds the terms users trip on as data. The full
 * trace stays available through {@link io.github.srdipolicy.assessment.Assessor#trace}.
 *
 * <p>Every result type is immutable and serialises with {@link
 * io.github.srdipolicy.json.PolicyJson}.
 */
@PolicyStyle
package io.github.srdipolicy.assessment;

import io.github.srdipolicy.model.PolicyStyle;
