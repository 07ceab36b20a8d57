package io.github.srdipolicy.benchmarks;

import io.github.srdipolicy.dmn.DmnModel;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.Outcome;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

/** Drools DMN running an exported model: the peer the library is measured against. */
final class DroolsPeer {
  private final DmnModel dmn;
  private final DMNRuntime runtime;
  private final DMNModel model;

  DroolsPeer(DmnModel dmn) {
    this.dmn = dmn;
    this.runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration()
        .fromResources(List.of(ResourceFactory.newReaderResource(new StringReader(dmn.xml()), "UTF-8")
            .setSourcePath("srdi-policy.dmn")))
        .getOrElseThrow(e -> new IllegalStateException("Drools rejected the model: " + e));
    this.model = runtime.getModels().get(0);
    if (model.hasErrors()) {
      throw new IllegalStateException("Drools rejected the model: " + model.getMessages());
    }
  }

  /** Evaluates the named decisions for a firm; the inputs are built from its profile inside the measurement. */
  DMNResult evaluate(EnterpriseProfile firm, LocalDate asOf, String[] decisions) {
    DMNContext context = runtime.newContext();
    dmn.inputs(firm, asOf).forEach(context::set);
    return runtime.evaluateByName(model, context, decisions);
  }

  /** Checks that Drools agrees with the library on a firm, so that both measure the same work. */
  void check(EnterpriseProfile firm, LocalDate asOf, int[] criteria, List<Outcome> expected) {
    String[] names = new String[criteria.length];
    for (int k = 0; k < criteria.length; k++) {
      names[k] = dmn.decisionName(criteria[k]);
    }
    DMNResult r = evaluate(firm, asOf, names);
    for (int k = 0; k < criteria.length; k++) {
      Outcome o = DmnModel.outcome(r.getDecisionResultByName(names[k]).getResult());
      if (o != expected.get(k)) {
        throw new IllegalStateException("Drools and the library disagree on " + names[k] + ": " + o + " vs " + expected.get(k));
      }
    }
  }
}
