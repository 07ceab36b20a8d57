package io.github.srdipolicy.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.srdipolicy.assessment.Assessment;
import io.github.srdipolicy.assessment.Assessor;
import io.github.srdipolicy.assessment.SummaryJson;
import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.json.PolicyJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * What the policy server does for one {@code POST /api/v1/assess} without the network: the body's
 * bytes to a profile, the assessment, and the summary document's bytes; and the summary alone,
 * written as a tree then serialised (how the server wrote it before) against streamed straight to a
 * generator (how it writes it now). As in the server, the bytes go into a buffer that is reused
 * from one answer to the next. Run with {@code -prof gc}: the allocation per operation is the
 * figure a loaded machine disturbs least.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ServerPathBenchmark {
  /** The server's output mapper: the model's conventions, compact. */
  private static final ObjectMapper MAPPER =
      PolicyJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);

  private Catalog catalog;
  private Assessor assessor;
  private byte[] body;
  private Assessment assessment;

  /** The answer buffer, reused as each server thread reuses its own. */
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);

  /** The Jiaohe firm as a request body, and its assessment for the summary-only benchmarks. */
  @Setup
  public void setUp() {
    catalog = Fixtures.catalog();
    assessor = Assessor.of(catalog);
    EnterpriseProfile firm = Fixtures.jiaoheFirm();
    body = PolicyJson.write(firm).getBytes(StandardCharsets.UTF_8);
    assessment = assessor.assess(firm, Fixtures.DATE);
  }

  /**
   * The request's work: parse the body, read the profile, check it, assess, write the summary.
   *
   * @return the response body
   * @throws IOException never (in-memory)
   */
  @Benchmark
  public ByteArrayOutputStream assessRequest() throws IOException {
    EnterpriseProfile p = PolicyJson.readProfileTree(MAPPER.readTree(body));
    catalog.validate(p);
    Assessment a = assessor.assess(p, Fixtures.DATE);
    return streamed(a);
  }

  /**
   * The summary built as a tree, then serialised.
   *
   * @return the summary's bytes
   * @throws IOException never (in-memory)
   */
  @Benchmark
  public byte[] summaryTree() throws IOException {
    return MAPPER.writeValueAsBytes(SummaryJson.tree(assessment, catalog));
  }

  /**
   * The summary streamed to a generator.
   *
   * @return the summary's bytes
   * @throws IOException never (in-memory)
   */
  @Benchmark
  public ByteArrayOutputStream summaryStreamed() throws IOException {
    return streamed(assessment);
  }

  private ByteArrayOutputStream streamed(Assessment a) throws IOException {
    out.reset();
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.writeStartObject();
      SummaryJson.writeFields(a, catalog, g);
      g.writeEndObject();
    }
    return out;
  }
}
