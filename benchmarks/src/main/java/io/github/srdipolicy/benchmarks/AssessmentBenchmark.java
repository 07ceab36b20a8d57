package io.github.srdipolicy.benchmarks;

import io.github.srdipolicy.assessment.Assessment;
import io.github.srdipolicy.assessment.Assessor;
import io.github.srdipolicy.assessment.Question;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.Quantity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The answers-first work for one firm: the full assessment of the Jiaohe sample (ladders, one
 * standing per tier, reasons, shortfalls, rewards, next questions) and the ranked next questions
 * for a half-empty profile. Sample-time mode for the median; run with {@code -prof gc} for the
 * allocation per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AssessmentBenchmark {
  private Assessor assessor;
  private EnterpriseProfile firm;
  private EnterpriseProfile halfEmpty;

  /** Loads the catalogue; the half-empty firm keeps every other value of the sample, by indicator id. */
  @Setup
  public void setUp() {
    assessor = Assessor.of(Fixtures.catalog());
    firm = Fixtures.jiaoheFirm();
    Map<IndicatorId, Quantity> half = new LinkedHashMap<>();
    int i = 0;
    for (Map.Entry<IndicatorId, Quantity> e : new TreeMap<>(firm.values()).entrySet()) {
      if (i++ % 2 == 0) {
        half.put(e.getKey(), e.getValue());
      }
    }
    halfEmpty = EnterpriseProfile.builder().from(firm).values(half).declarations(Map.of()).build();
    assessor.assess(firm, Fixtures.DATE); // plans for the jurisdiction and date are made once, as in a server
  }

  /**
   * The full assessment of the Jiaohe sample firm.
   *
   * @return the assessment
   */
  @Benchmark
  public Assessment assessJiaohe() {
    return assessor.assess(firm, Fixtures.DATE);
  }

  /**
   * Every next question, ranked, for the half-empty profile.
   *
   * @return the questions
   */
  @Benchmark
  public List<Question> nextQuestionsHalfEmpty() {
    return assessor.nextQuestions(halfEmpty, Fixtures.DATE);
  }
}
