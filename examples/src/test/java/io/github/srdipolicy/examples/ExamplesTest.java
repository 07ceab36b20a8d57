package io.github.srdipolicy.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs every example so that none can rot. */
class ExamplesTest {
  private static String capture(java.util.function.Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void explainedEvaluation_reportsUndeterminedWithMissingInputs() {
    String out = capture(ExplainedEvaluation::run);
    // 1800万 misses the 2000万 bound and profit-and-tax is not given: undetermined, not failed.
    assertTrue(out.startsWith("示例培育库入库条件 / example pool entry: UNDETERMINED"), out);
    assertTrue(out.contains("✗ 主营业务收入2000万元以上  actual 1800万元  required ≥ 2000万元"), out);
    assertTrue(out.contains("missing: indicator:profit-and-tax"), out);
    assertTrue(out.contains("missing: declaration:good-credit"), out);
    assertTrue(out.contains("[示例发〔2024〕1号 附件 制造类 1]"), out);
  }
}
