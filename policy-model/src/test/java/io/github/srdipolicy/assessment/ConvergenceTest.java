package io.github.srdipolicy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.model.TierId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Answering the next question, one at a time, converges: a simulated firm answers the top question
 * until no tier is undetermined; no question comes twice, and each answer changes what the question
 * said it would (the input leaves the missing inputs of every tier it affects, the tiers it decides
 * are decided) and nothing else.
 */
class ConvergenceTest {
  @Property(tries = 300)
  void converges(@ForAll long seed) {
    drive(AssessorTest.ASSESSOR, AssessorTest.firm().build(), AssessorTest.DATE, new Random(seed));
  }

  /** Drives a firm through the questionnaire; returns the number of questions asked. */
  static int drive(Assessor assessor, EnterpriseProfile start, LocalDate date, Random random) {
    EnterpriseProfile profile = start;
    Set<InputRef> asked = new HashSet<>();
    Assessment a = assessor.assess(profile, date);
    int limit = 500;
    while (a.tiers().stream().anyMatch(t -> t.standing() == Standing.UNDETERMINED)) {
      List<Question> next = assessor.nextQuestions(profile, date);
      assertFalse(next.isEmpty(), "an undetermined tier without a question");
      Question q = next.get(0);
      assertTrue(asked.add(q.input()), "asked twice: " + q.input());
      assertFalse(q.affects().isEmpty());
      Answer answer = q.answer(answerText(q, random));
      profile = answer.applyTo(profile);
      Assessment after = assessor.assess(profile, date);
      Map<TierId, TierAssessment> before = byTier(a);
      Map<TierId, TierAssessment> now = byTier(after);
      for (TierId t : q.affects()) {
        assertFalse(
            now.get(t).missingInputs().contains(q.input()), q.input() + " still missing for " + t);
      }
      for (TierId t : q.decides()) {
        assertTrue(
            now.get(t).standing() != Standing.UNDETERMINED, t + " not decided by " + q.input());
      }
      for (TierId t : before.keySet()) {
        if (!q.affects().contains(t)) {
          assertEquals(
              before.get(t).standing(), now.get(t).standing(), t + " changed by " + q.input());
        }
      }
      a = after;
      assertTrue(--limit > 0, "no convergence");
    }
    return asked.size();
  }

  private static Map<TierId, TierAssessment> byTier(Assessment a) {
    return a.tiers().stream().collect(Collectors.toMap(TierAssessment::tier, Function.identity()));
  }

  /** What a user might type: a value within the question's range, yes or no, a level, a year. */
  static String answerText(Question q, Random r) {
    switch (q.kind()) {
      case YES_NO:
        return r.nextBoolean() ? "yes" : "no";
      case LEVEL:
        return String.valueOf(r.nextInt(6));
      case YEAR:
        return String.valueOf(1990 + r.nextInt(35));
      case DATE:
        return LocalDate.of(2000, 1, 1).plusDays(r.nextInt(9000)).toString();
      case TIER:
        return r.nextInt(3) == 0 ? "2020-05-01" : "no";
      default:
        {
          double min = q.minimum().map(Number::doubleValue).orElse(-50.0);
          double max = q.maximum().map(Number::doubleValue).orElse(min + 20000);
          double span = Math.min(max - min, r.nextBoolean() ? 20 : 20000);
          return String.valueOf(Math.round(min + r.nextDouble() * span));
        }
    }
  }
}
