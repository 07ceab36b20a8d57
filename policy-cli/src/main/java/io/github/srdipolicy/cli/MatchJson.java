package io.github.srdipolicy.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.model.ValueKind;
import java.util.OptionalInt;

/**
 * The JSON form of a {@link FirmMatch}, described by {@code schema/match-report.schema.json}.
 * Reports are embedded in the model's own JSON form ({@link PolicyJson}), so a consumer that reads
 * engine reports reads these too.
 */
final class MatchJson {
  /** Compact, one value per line, for JSON Lines. */
  static final ObjectMapper LINE = PolicyJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);

  /** The model's own conventions (indented, sorted map keys), for a single report. */
  static final ObjectMapper PRETTY = PolicyJson.mapper();

  private MatchJson() {}

  static ObjectNode tree(FirmMatch m, OptionalInt line) {
    ObjectMapper json = PRETTY;
    ObjectNode root = json.createObjectNode();
    line.ifPresent(n -> root.put("line", n));
    ObjectNode firm = root.putObject("firm");
    m.profile.name().ifPresent(n -> firm.put("name", n));
    firm.put("jurisdiction", m.profile.jurisdiction().toString());
    root.put("asOf", m.asOf.toString());
    root.put("applicationKind", m.profile.applicationKind().toString());
    ArrayNode chain = root.putArray("chain");
    for (Jurisdiction j : m.chain) {
      chain
          .addObject()
          .put("code", j.code().toString())
          .put("level", j.level().toString())
          .set("name", json.valueToTree(j.name()));
    }
    UndocumentedLevels.json(root, m.withoutDocuments);
    ArrayNode docs = root.putArray("documents");
    for (FirmMatch.DocumentResults d : m.documents) {
      ObjectNode dn = docs.addObject();
      document(dn, d.document());
      ArrayNode results = dn.putArray("results");
      for (FirmMatch.TierResult r : d.results()) {
        ObjectNode rn = results.addObject();
        rn.put("tier", r.tier().id().toString());
        rn.set("tierName", json.valueToTree(r.tier().name()));
        rn.put("outcome", r.report().outcome().toString());
        rn.put("mark", r.report().outcome().mark());
        rn.set("report", json.valueToTree(r.report()));
        if (!r.alsoInForce().isEmpty()) {
          ArrayNode also = rn.putArray("alsoInForce");
          for (FirmMatch.Also a : r.alsoInForce()) {
            also.addObject()
                .put("criteria", a.report().criteria().toString())
                .put("document", a.document().toString())
                .put("outcome", a.report().outcome().toString());
          }
          rn.put("precedenceStated", r.precedenceStated());
        }
        ArrayNode incentives = rn.putArray("incentives");
        for (Incentive i : r.incentives()) {
          incentives.add(incentive(json, i));
        }
      }
    }
    ArrayNode without = root.putArray("documentsWithoutCriteria");
    for (PolicyDocument d : m.withoutCriteria) {
      document(without.addObject(), d);
    }
    return root;
  }

  private static void document(ObjectNode n, PolicyDocument d) {
    n.put("document", d.id().toString());
    n.set("title", PRETTY.valueToTree(d.title()));
    n.put("jurisdiction", d.jurisdiction().toString());
  }

  private static ObjectNode incentive(ObjectMapper json, Incentive i) {
    ObjectNode n = json.createObjectNode();
    n.put("id", i.id().toString());
    n.set("label", json.valueToTree(i.label()));
    n.put("kind", i.kind().toString());
    i.amount().ifPresent(a -> n.set("amount", json.valueToTree(a)));
    i.amount()
        .filter(a -> a.kind() == ValueKind.MONEY)
        .ifPresent(a -> n.put("amountWanYuan", a.to(Unit.WAN_YUAN).amount().toPlainString()));
    i.cap().ifPresent(a -> n.set("cap", json.valueToTree(a)));
    i.years().ifPresent(y -> n.put("years", y));
    n.put("fundingJurisdiction", i.fundingJurisdiction().toString());
    n.put("stacking", i.stacking().rule().toString());
    n.set("source", json.valueToTree(i.source()));
    return n;
  }
}
