package io.github.srdipolicy.national;

import io.github.srdipolicy.testing.DataFilesContract;
import java.util.List;

/** The module's data files against the shared contract: schema, lint, review sheets, snapshot. */
class DataFilesTest extends DataFilesContract {
  DataFilesTest() {
    super(new NationalSource(), "policy-national", List.of());
  }
}
