package io.github.srdipolicy.jiangsu;

import io.github.srdipolicy.testing.DataFilesContract;
import java.util.List;

/** The module's data files against the shared contract: schema, lint, review sheets, snapshot. */
class DataFilesTest extends DataFilesContract {
  DataFilesTest() {
    super(new JiangsuSource(), "policy-jiangsu", List.of());
  }
}
