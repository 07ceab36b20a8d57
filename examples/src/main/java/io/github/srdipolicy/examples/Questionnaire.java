package io.github.srdipolicy.examples;

import io.github.srdipolicy.assessment.Answer;
import io.github.srdipolicy.assessment.Assessment;
import io.github.srdipolicy.assessment.Assessor;
import io.github.srdipolicy.assessment.Question;
import io.github.srdipolicy.assessment.Standing;
import io.github.srdipolicy.assessment.TierAssessment;
import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.model.JurisdictionCode;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What it shows: what a portal's questionnaire runs on. Start from an empty profile in 金湖县 (Jinhu,
 * 320831), ask the best next question, read the firm's typed answer with {@link
 * Question#answer(String)} (it checks unit and range), apply it, and go on until no question is
 * left that the firm can answer. Questions it cannot answer are skipped, as a user would press
 * Enter.
 */
public final class Questionnaire {
  /** What the firm knows, as it would type it. */
  static final Map<String, String> KNOWN =
      Map.of(
          "indicator:operating-revenue", "6000",
          "indicator:main-business-revenue", "5600",
          "indicator:rnd-intensity", "4.2",
          "indicator:debt-to-asset-ratio", "48",
          "indicator:invention-patents", "3",
          "indicator:employees", "120",
          "declaration:well-managed", "是");

  private Questionnaire() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Assessor assessor = Assessor.of(Catalog.load());
    LocalDate date = LocalDate.of(2023, 6, 1);
    EnterpriseProfile profile =
        EnterpriseProfile.builder().jurisdiction(JurisdictionCode.of("320831")).build();
    Set<InputRef> skipped = new HashSet<>();
    int answered = 0;
    while (true) {
      Optional<Question> next =
          assessor.nextQuestions(profile, date).stream()
              .filter(q -> !skipped.contains(q.input()))
              .findFirst();
      if (next.isEmpty()) {
        break;
      }
      Question q = next.get();
      String typed = KNOWN.get(q.input().toString());
      if (typed == null) {
        skipped.add(q.input());
        continue;
      }
      Answer answer = q.answer(typed);
      profile = answer.applyTo(profile);
      answered++;
      out.println("Q" + answered + " " + q.text().en() + " > " + typed);
    }
    Assessment a = assessor.assess(profile, date);
    out.println(answered + " answered, " + skipped.size() + " skipped");
    for (TierAssessment t : a.tiers()) {
      if (t.standing() != Standing.NO_CRITERIA) {
        out.println("  " + t.standing().mark() + " " + t.tier() + ": " + t.summary().en());
      }
    }
  }
}
