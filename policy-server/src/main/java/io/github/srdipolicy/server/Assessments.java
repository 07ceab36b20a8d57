package io.github.srdipolicy.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.srdipolicy.assessment.Assessment;
import io.github.srdipolicy.assessment.Assessor;
import io.github.srdipolicy.assessment.Question;
import io.github.srdipolicy.assessment.Standing;
import io.github.srdipolicy.assessment.SummaryJson;
import io.github.srdipolicy.assessment.TierAssessment;
import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.RewardDue;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.model.ValueKind;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the API's firm answers, written from the core's {@link Assessor}: the assessment (the
 * core's summary document, {@link SummaryJson}, plus the count of tiers per standing), the next
 * questions (in the summary's question form) and what-if; the rewards with their clauses.
 */
final class Assessments {
  private final Catalog catalog;
  private final Assessor assessor;

  Assessments(Catalog catalog) {
    this.catalog = catalog;
    this.assessor = Assessor.of(catalog);
  }

  Assessment assess(EnterpriseProfile profile, LocalDate asOf) {
    return assessor.assess(profile, asOf);
  }

  /**
   * The core's summary document ({@link SummaryJson}), with the count of tiers per standing and,
   * for {@code detail=trace}, each tier's full reports.
   */
  ObjectNode summary(Assessment a, boolean trace, EnterpriseProfile profile) {
    ObjectNode root = Json.tree(g -> writeSummary(a, g));
    if (trace) {
      Map<TierId, ArrayNode> traces = traces(profile, a.asOf());
      ObjectNode tiers = (ObjectNode) root.get("tiers");
      traces.forEach(
          (t, reports) -> {
            if (tiers.has(t.toString())) {
              ((ObjectNode) tiers.get(t.toString())).set("reports", reports);
            }
          });
    }
    return root;
  }

  /**
   * The summary document without the trace, streamed: what {@code POST /assess} sends, written
   * without building a tree.
   */
  Json.Writing summaryWriting(Assessment a) {
    return g -> writeSummary(a, g);
  }

  private void writeSummary(Assessment a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    SummaryJson.writeFields(a, catalog, g);
    g.writeObjectFieldStart("counts");
    long[] counts = new long[Standing.values().length];
    for (TierAssessment t : a.tiers()) {
      counts[t.standing().ordinal()]++;
    }
    for (Standing s : Standing.values()) {
      g.writeNumberField(s.toString(), counts[s.ordinal()]);
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private Map<TierId, ArrayNode> traces(EnterpriseProfile profile, LocalDate asOf) {
    Map<TierId, ArrayNode> m = new LinkedHashMap<>();
    assessor
        .trace(profile, asOf)
        .forEach(r -> m.computeIfAbsent(r.tier(), t -> Json.array()).add(Json.tree(r)));
    return m;
  }

  static ObjectNode reward(RewardDue r) {
    ObjectNode n = Json.object().put("incentive", r.incentive().toString());
    n.set("label", Json.text(r.label()));
    n.put("tier", r.tier().toString())
        .put("recognised", r.recognised().toString())
        .put("due", r.due());
    r.amount().ifPresent(q -> n.set("amount", Json.quantity(q)));
    r.amount()
        .filter(q -> q.kind() == ValueKind.MONEY)
        .ifPresent(q -> n.put("amountWanYuan", wan(q)));
    n.put("rule", r.rule().toString());
    n.set("explanation", Json.text(r.explanation()));
    ArrayNode s = n.putArray("sources");
    r.sources().forEach(x -> s.add(Json.source(x)));
    return n;
  }

  private static String wan(Quantity q) {
    return q.to(Unit.WAN_YUAN).amount().stripTrailingZeros().toPlainString();
  }

  static ObjectNode question(Question q) {
    return SummaryJson.question(q);
  }

  /** The next questions, best first, at most {@code limit} of them, streamed. */
  Json.Writing nextQuestions(EnterpriseProfile profile, LocalDate asOf, int limit) {
    // One assessment gives both the questions and the count of tiers still undetermined.
    Assessment a = assessor.assess(profile, asOf, Integer.MAX_VALUE);
    List<Question> all = a.nextQuestions();
    return g -> {
      g.writeStartObject();
      g.writeStringField("asOf", asOf.toString());
      g.writeNumberField("remaining", all.size());
      g.writeNumberField(
          "undeterminedTiers",
          a.tiers().stream().filter(t -> t.standing() == Standing.UNDETERMINED).count());
      g.writeArrayFieldStart("questions");
      for (Question q : all.subList(0, Math.min(limit, all.size()))) {
        SummaryJson.write(q, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    };
  }

  /**
   * The standing of each tier before and after the change, and the tiers whose standing changed.
   */
  ObjectNode whatIf(EnterpriseProfile before, EnterpriseProfile after, LocalDate asOf) {
    Assessment b = assess(before, asOf);
    Assessment f = assess(after, asOf);
    ObjectNode root = Json.object();
    ArrayNode changes = root.putArray("changes");
    for (TierAssessment t : f.tiers()) {
      b.tier(t.tier())
          .filter(x -> x.standing() != t.standing() || !x.summary().equals(t.summary()))
          .ifPresent(
              x -> {
                ObjectNode c = changes.addObject().put("tier", t.tier().toString());
                c.set("name", Json.text(t.name()));
                c.put("before", x.standing().toString()).put("after", t.standing().toString());
                c.set("beforeSummary", Json.text(x.summary()));
                c.set("afterSummary", Json.text(t.summary()));
              });
    }
    root.set("after", summary(f, false, after));
    return root;
  }

  ObjectNode rewards(EnterpriseProfile profile, LocalDate asOf) {
    ObjectNode root = Json.object().put("asOf", asOf.toString());
    ArrayNode list = root.putArray("rewards");
    for (RewardDue r : assess(profile, asOf).rewardsDue()) {
      list.add(reward(r));
    }
    return root;
  }

  /**
   * The profile with one typed answer applied, read by the question's own rules (units, range,
   * yes/no).
   */
  EnterpriseProfile answer(EnterpriseProfile profile, LocalDate asOf, String input, String text) {
    for (Question q : assessor.inputsRead(profile.jurisdiction(), asOf)) {
      if (q.input().toString().equals(input)) {
        return q.answer(text).applyTo(profile);
      }
    }
    throw ProblemException.badRequest(
        "No tier in force for this place and date reads '" + input + "'", "input", input);
  }
}
