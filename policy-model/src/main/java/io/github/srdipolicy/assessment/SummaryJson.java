package io.github.srdipolicy.assessment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.RewardDue;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.model.ValueKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The summary document of an {@link Assessment}: what a portal, the CLI's {@code match --format
 * json} and the HTTP service send for one firm, described by {@code assessment-summary.schema.json}
 * ({@link #schema()}).
 *
 * <p>It says everything the assessment says, once: each tier appears once in {@code tiers} (keyed
 * by id) and the ladders name their rungs; each clause appears once in {@code sources} (keyed
 * {@code s1}, {@code s2}, …) and the ladders, tiers, reasons, shortfalls and rewards refer to it by
 * key; empty lists, absent values and false flags are left out; a reason carries no outcome of its
 * own (it is the outcome of its tier's criteria), a tier's reward no tier or date of its own (they
 * are the tier's, on its recognition date or else the assessment date). The full trace is not in
 * it: {@link Assessor#trace} gives it on demand.
 */
public final class SummaryJson {
  /** Only turns streamed documents into trees: no feature of its own applies to them. */
  private static final ObjectMapper TREES = new ObjectMapper();

  private final Catalog catalog;
  private final Map<SourceRef, String> sources = new LinkedHashMap<>();

  private SummaryJson(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Writes the summary document of an assessment.
   *
   * @param a the assessment, not null
   * @param catalog the catalogue it was made from (for the clause of each tier's criteria), not
   *     null
   * @return a new JSON object, never null
   */
  public static ObjectNode tree(Assessment a, Catalog catalog) {
    Objects.requireNonNull(a, "a");
    SummaryJson writer = new SummaryJson(Objects.requireNonNull(catalog, "catalog"));
    return toTree(
        g -> {
          g.writeStartObject();
          writer.fields(a, g);
          g.writeEndObject();
        });
  }

  /**
   * Streams the fields of the summary document of an assessment into the JSON object that the
   * generator has open, so that a service writes its answer without building a tree first and may
   * add fields of its own after them. Wrapped in an object, the fields are the document {@link
   * #tree} returns.
   *
   * @param a the assessment, not null
   * @param catalog the catalogue it was made from (for the clause of each tier's criteria), not
   *     null
   * @param g where to write, positioned inside an object, not null
   * @throws IOException if the generator cannot write
   */
  public static void writeFields(Assessment a, Catalog catalog, JsonGenerator g)
      throws IOException {
    new SummaryJson(Objects.requireNonNull(catalog, "catalog"))
        .fields(Objects.requireNonNull(a, "a"), Objects.requireNonNull(g, "g"));
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the summary document, as shipped in the jar.
   *
   * @return the schema text, never null
   */
  public static String schema() {
    try (java.io.InputStream in =
        SummaryJson.class.getResourceAsStream(
            "/io/github/srdipolicy/json/assessment-summary.schema.json")) {
      if (in == null) {
        throw new IllegalStateException(
            "Missing resource assessment-summary.schema.json in the policy-model jar");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void fields(Assessment a, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("firm");
    if (a.name().isPresent()) {
      g.writeStringField("name", a.name().get());
    }
    g.writeStringField("jurisdiction", a.jurisdiction().toString());
    g.writeEndObject();
    g.writeStringField("asOf", a.asOf().toString());
    ids(g, "chain", a.chain());
    ids(g, "levelsWithoutDocuments", a.levelsWithoutDocuments());
    g.writeArrayFieldStart("ladders");
    for (LadderAssessment l : a.ladders()) {
      g.writeStartObject();
      if (l.ladder().isPresent()) {
        g.writeStringField("id", l.ladder().get().toString());
      }
      text(g, "label", l.label());
      if (l.source().isPresent()) {
        g.writeStringField("source", source(l.source().get()));
      }
      g.writeArrayFieldStart("rungs");
      for (Object t : l.rungs()) {
        g.writeString(t.toString());
      }
      g.writeEndArray();
      if (l.nextRung().isPresent()) {
        g.writeStringField("nextRung", l.nextRung().get().toString());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("tiers");
    for (TierAssessment t : a.tiers()) {
      g.writeFieldName(t.tier().toString());
      tier(t, g);
    }
    g.writeEndObject();
    if (!a.rewardsDue().isEmpty()) {
      g.writeArrayFieldStart("rewardsDue");
      for (RewardDue r : a.rewardsDue()) {
        reward(r, true, g);
      }
      g.writeEndArray();
    }
    if (!a.nextQuestions().isEmpty()) {
      g.writeArrayFieldStart("nextQuestions");
      for (Question q : a.nextQuestions()) {
        write(q, g);
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("documents");
    for (DocumentInForce d : a.documents()) {
      g.writeStartObject();
      g.writeStringField("document", d.document().toString());
      text(g, "title", d.title());
      g.writeStringField("jurisdiction", d.jurisdiction().toString());
      g.writeStringField("from", d.validity().start().toString());
      if (d.validity().end().isPresent()) {
        g.writeStringField("until", d.validity().end().get().toString());
      }
      g.writeNumberField("criteria", d.criteria());
      g.writeEndObject();
    }
    g.writeEndArray();
    // Last, so that it holds every clause the document refers to, numbered in order of first use.
    g.writeObjectFieldStart("sources");
    for (Map.Entry<SourceRef, String> e : sources.entrySet()) {
      SourceRef s = e.getKey();
      g.writeObjectFieldStart(e.getValue());
      g.writeStringField("document", s.document().toString());
      g.writeStringField("clause", s.clause());
      g.writeStringField("confidence", s.confidence().toString());
      if (s.provenance().isPresent()) {
        g.writeStringField("provenance", s.provenance().get());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private void tier(TierAssessment t, JsonGenerator g) throws IOException {
    g.writeStartObject();
    text(g, "name", t.name());
    g.writeStringField("level", t.level().toString());
    g.writeStringField("jurisdiction", t.jurisdiction().toString());
    g.writeStringField("standing", t.standing().toString());
    // Only a held tier's outcome says more than its standing.
    if (t.outcome().isPresent() && t.standing() == Standing.HELD) {
      g.writeStringField("outcome", t.outcome().get().toString());
    }
    if (t.recognised().isPresent()) {
      g.writeStringField("recognised", t.recognised().get().toString());
    }
    if (t.criteria().isPresent()) {
      g.writeStringField("criteria", t.criteria().get().toString());
      g.writeStringField(
          "source", source(catalog.fact(t.criteria().get(), EligibilityCriteria.class).source()));
    }
    ids(g, "alsoInForce", t.alsoInForce());
    text(g, "summary", t.summary());
    if (!t.reasons().isEmpty()) {
      g.writeArrayFieldStart("reasons");
      for (Reason r : t.reasons()) {
        g.writeStartObject();
        g.writeStringField("condition", r.condition().toString());
        text(g, "label", r.label());
        if (r.actual().isPresent()) {
          quantity(g, "actual", r.actual().get());
        }
        if (r.operator().isPresent()) {
          g.writeStringField("operator", r.operator().get().toString());
        }
        if (r.required().isPresent()) {
          quantity(g, "required", r.required().get());
        }
        g.writeStringField("source", source(r.source()));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    ids(g, "missing", t.missingInputs());
    if (!t.shortfalls().isEmpty()) {
      g.writeArrayFieldStart("shortfalls");
      for (Shortfall s : t.shortfalls()) {
        g.writeStartObject();
        g.writeStringField("condition", s.condition().toString());
        text(g, "label", s.label());
        g.writeStringField("input", s.input().toString());
        if (s.actual().isPresent()) {
          quantity(g, "actual", s.actual().get());
        }
        if (s.operator().isPresent()) {
          g.writeStringField("operator", s.operator().get().toString());
        }
        if (s.required().isPresent()) {
          quantity(g, "required", s.required().get());
        }
        if (s.distance().isPresent()) {
          quantity(g, "distance", s.distance().get());
        }
        text(g, "text", s.text());
        g.writeStringField("source", source(s.source()));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!t.rewards().isEmpty()) {
      g.writeArrayFieldStart("rewards");
      for (RewardDue r : t.rewards()) {
        reward(r, false, g);
      }
      g.writeEndArray();
    }
    if (t.restsOnSecondarySources()) {
      g.writeBooleanField("secondarySources", true);
    }
    g.writeEndObject();
  }

  private void reward(RewardDue r, boolean withTier, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("incentive", r.incentive().toString());
    text(g, "label", r.label());
    if (withTier) {
      g.writeStringField("tier", r.tier().toString());
      g.writeStringField("recognised", r.recognised().toString());
    }
    g.writeBooleanField("due", r.due());
    if (r.amount().isPresent()) {
      Quantity q = r.amount().get();
      quantity(g, "amount", q);
      if (q.kind() == ValueKind.MONEY) {
        // An amount already in 万元 (most rewards) needs no conversion, which divides.
        BigDecimal wan = q.unit() == Unit.WAN_YUAN ? q.amount() : q.to(Unit.WAN_YUAN).amount();
        g.writeStringField("amountWanYuan", plain(wan));
      }
    }
    g.writeStringField("rule", r.rule().toString());
    text(g, "explanation", r.explanation());
    g.writeArrayFieldStart("sources");
    // A clause cited twice by one reward is listed once.
    Set<String> keys = new LinkedHashSet<>();
    for (SourceRef s : r.sources()) {
      keys.add(source(s));
    }
    for (String k : keys) {
      g.writeString(k);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Writes a question as the summary and the HTTP service's questionnaire send it: the input, the
   * kind of answer, the text, the unit and range, the choices, the window and definition, the tiers
   * it bears on and decides, and its weight.
   *
   * @param q the question, not null
   * @return a new JSON object, never null
   */
  public static ObjectNode question(Question q) {
    Objects.requireNonNull(q, "q");
    return toTree(g -> write(q, g));
  }

  /**
   * Streams a question, as {@link #question(Question)} writes it, to a JSON generator.
   *
   * @param q the question, not null
   * @param g where to write the question's object, not null
   * @throws IOException if the generator cannot write
   */
  public static void write(Question q, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("input", q.input().toString());
    g.writeStringField("kind", q.kind().toString());
    text(g, "question", q.text());
    if (q.unit().isPresent()) {
      Unit u = q.unit().get();
      g.writeStringField("unit", u.toString());
      if (!u.zhSymbol().isEmpty() || !u.enSymbol().isEmpty()) {
        g.writeObjectFieldStart("unitSymbol");
        g.writeStringField("zh", u.zhSymbol());
        g.writeStringField("en", u.enSymbol());
        g.writeEndObject();
      }
    }
    if (q.minimum().isPresent()) {
      g.writeStringField("minimum", plain(q.minimum().get()));
    }
    if (q.maximum().isPresent()) {
      g.writeStringField("maximum", plain(q.maximum().get()));
    }
    if (!q.choices().isEmpty() && q.kind() != Question.Kind.YES_NO) {
      // Yes/no questions take yes or no (是/否): the kind says so, their choices need no listing.
      g.writeArrayFieldStart("choices");
      for (Question.Choice c : q.choices()) {
        g.writeStartObject();
        g.writeStringField("value", c.value());
        text(g, "label", c.label());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (q.window().isPresent()) {
      text(g, "window", q.window().get());
    }
    if (q.definition().isPresent()) {
      text(g, "definition", q.definition().get());
    }
    ids(g, "tiers", q.affects());
    ids(g, "decides", q.decides());
    g.writeNumberField("weight", Math.round(q.score() * 1000) / 1000.0);
    g.writeEndObject();
  }

  private String source(SourceRef s) {
    return sources.computeIfAbsent(s, x -> "s" + (sources.size() + 1));
  }

  private static void ids(JsonGenerator g, String field, List<?> ids) throws IOException {
    if (!ids.isEmpty()) {
      g.writeArrayFieldStart(field);
      for (Object i : ids) {
        g.writeString(i.toString());
      }
      g.writeEndArray();
    }
  }

  private static void text(JsonGenerator g, String field, LocalizedText t) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("zh", t.zh());
    g.writeStringField("en", t.en());
    g.writeEndObject();
  }

  private static void quantity(JsonGenerator g, String field, Quantity q) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("amount", plain(q.amount()));
    g.writeStringField("unit", q.unit().toString());
    g.writeEndObject();
  }

  /** What writes a document to a generator. */
  private interface Writing {
    void to(JsonGenerator g) throws IOException;
  }

  /** The tree of what a writing streams (through a token buffer, which only fails on a defect). */
  private static ObjectNode toTree(Writing w) {
    try (TokenBuffer buffer = new TokenBuffer(TREES, false)) {
      w.to(buffer);
      return (ObjectNode) TREES.readTree(buffer.asParser(TREES));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build a JSON tree in memory", e);
    }
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
