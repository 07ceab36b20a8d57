package io.github.srdipolicy.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.engine.RewardDue;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.TierId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answers for one firm on one date: its ladders bottom rung first with one standing per tier,
 * the rewards its recognitions already bring, the next questions to ask and the documents in force.
 * Small enough to send to a browser; the full trace is {@link Assessor#trace}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = ImmutableAssessment.class)
@JsonDeserialize(as = ImmutableAssessment.class)
public abstract class Assessment {
  /**
   * Returns the firm's name.
   *
   * @return the name, never null
   */
  public abstract Optional<String> name();

  /**
   * Returns the firm's jurisdiction.
   *
   * @return the code, never null
   */
  public abstract JurisdictionCode jurisdiction();

  /**
   * Returns the jurisdiction chain, the firm's own first and {@code CN} last.
   *
   * @return the codes, never null
   */
  public abstract List<JurisdictionCode> chain();

  /**
   * Returns the assessment date.
   *
   * @return the date, never null
   */
  public abstract LocalDate asOf();

  /**
   * Returns the ladders, lowest jurisdiction first, then the tiers outside every ladder.
   *
   * @return the ladders, never null
   */
  public abstract List<LadderAssessment> ladders();

  /**
   * Returns every tier assessed, each once, in ladder order (bottom first).
   *
   * @return the tiers, never null
   */
  public abstract List<TierAssessment> tiers();

  /**
   * Returns the rewards the firm's recognitions bring under the stacking rules, due ones first.
   *
   * @return the rewards, never null
   */
  public abstract List<RewardDue> rewardsDue();

  /**
   * Returns the best questions to ask next, at most {@value Assessor#QUESTIONS}; all of them come
   * from {@link Assessor#nextQuestions}.
   *
   * @return the questions, best first, never null
   */
  public abstract List<Question> nextQuestions();

  /**
   * Returns the documents in force for the firm, national first.
   *
   * @return the documents, never null
   */
  public abstract List<DocumentInForce> documents();

  /**
   * Returns the levels of the firm's chain that issued no encoded document (the firm's own level
   * first): a firm there is judged only by criteria recognised higher up, or restated for its level
   * by another jurisdiction's document, and a caller should say so rather than show a silent gap.
   *
   * @return the jurisdiction codes, never null
   */
  public abstract List<JurisdictionCode> levelsWithoutDocuments();

  /**
   * Returns the assessment of a tier.
   *
   * @param tier the tier id, not null
   * @return the tier's assessment, empty if no ladder holds it, never null
   */
  public Optional<TierAssessment> tier(TierId tier) {
    for (TierAssessment t : tiers()) {
      if (t.tier().equals(tier)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the rungs of a ladder with their assessments, bottom first.
   *
   * @param ladder one of {@link #ladders()}, not null
   * @return the tiers, never null
   */
  public List<TierAssessment> rungs(LadderAssessment ladder) {
    return ladder.rungs().stream().map(t -> tier(t).orElseThrow()).toList();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Assessment} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
