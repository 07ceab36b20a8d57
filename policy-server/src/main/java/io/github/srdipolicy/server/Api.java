package io.github.srdipolicy.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.srdipolicy.assessment.Assessment;
import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.catalog.CriteriaDiff;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Divisions;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.JurisdictionLevel;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.TierLadder;
import io.github.srdipolicy.screening.JsonLinesScreening;
import io.github.srdipolicy.screening.Screener;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON API, {@code /api/v1/…}: one handler per route, every route listed in {@link #routes()}
 * (which is what the server registers and what the OpenAPI test checks against the document).
 */
final class Api {
  static final String JSON = "application/json";
  static final String NDJSON = "application/x-ndjson";
  static final String PREFIX = "/api/v1";

  /**
   * Screeners compiled per date are kept for reuse; a client cannot make the cache grow without
   * bound.
   */
  private static final int MAX_SCREENERS = 16;

  /** The divisions of mainland China, for the location picker and code checks. */
  private static final Divisions DIVISIONS = Divisions.standard();

  /** Longest amount accepted: far beyond any real figure, far below anything costly to expand. */
  private static final int MAX_AMOUNT_CHARS = 40;

  /** Lines held in memory at once by a screening request. */
  private static final int SCREEN_CHUNK = 1024;

  /** One route: method, Javalin path pattern (with {@code {param}}), handler. */
  record Route(HandlerType method, String path, Handler handler) {}

  private final Catalog catalog;
  private final ServerConfig config;
  private final Assessments assessments;
  private final Map<LocalDate, Screener> screeners = new ConcurrentHashMap<>();
  private final byte[] openApi;
  private final String version;

  Api(Catalog catalog, ServerConfig config, byte[] openApi, String version) {
    this.catalog = catalog;
    this.config = config;
    this.assessments = new Assessments(catalog);
    this.openApi = openApi;
    this.version = version;
  }

  List<Route> routes() {
    List<Route> r = new ArrayList<>();
    r.add(
        new Route(
            HandlerType.GET, "/api/openapi.json", ctx -> ctx.contentType(JSON).result(openApi)));
    r.add(
        new Route(
            HandlerType.GET,
            PREFIX + "/health",
            ctx -> send(ctx, Json.object().put("status", "UP"))));
    r.add(new Route(HandlerType.GET, PREFIX + "/version", this::version));
    r.add(new Route(HandlerType.GET, PREFIX + "/jurisdictions", this::jurisdictions));
    r.add(new Route(HandlerType.GET, PREFIX + "/jurisdictions/{code}", this::jurisdiction));
    r.add(new Route(HandlerType.GET, PREFIX + "/jurisdictions/{code}/ladders", this::ladders));
    r.add(new Route(HandlerType.GET, PREFIX + "/tiers", this::tiers));
    r.add(new Route(HandlerType.GET, PREFIX + "/tiers/{id}", this::tier));
    r.add(new Route(HandlerType.GET, PREFIX + "/documents", this::documents));
    r.add(new Route(HandlerType.GET, PREFIX + "/documents/{id}", this::document));
    r.add(new Route(HandlerType.GET, PREFIX + "/compare", this::compare));
    r.add(new Route(HandlerType.GET, PREFIX + "/diff", this::diff));
    r.add(new Route(HandlerType.GET, PREFIX + "/schemas/{name}", this::schema));
    r.add(new Route(HandlerType.POST, PREFIX + "/assess", this::assess));
    r.add(new Route(HandlerType.POST, PREFIX + "/next-questions", this::nextQuestions));
    r.add(new Route(HandlerType.POST, PREFIX + "/what-if", this::whatIf));
    r.add(new Route(HandlerType.POST, PREFIX + "/rewards", this::rewards));
    r.add(new Route(HandlerType.POST, PREFIX + "/answer", this::answer));
    r.add(new Route(HandlerType.POST, PREFIX + "/screen", this::screen));
    return List.copyOf(r);
  }

  // ---- reference data -------------------------------------------------------------------------

  private void version(Context ctx) {
    ObjectNode n = Json.object().put("version", version).put("api", "v1");
    ArrayNode sources = n.putArray("sources");
    catalog.sourceNames().forEach(sources::add);
    n.put("documents", catalog.documents().size());
    n.put("tiers", catalog.tiers().size());
    send(ctx, n);
  }

  /**
   * Every division of mainland China (the GB/T 2260 table of the core): by name (zh, or pinyin) or
   * code prefix, or the children of one, for a location picker.
   */
  private void jurisdictions(Context ctx) {
    Optional<String> q = query(ctx, "q");
    Optional<JurisdictionCode> parent = query(ctx, "parent").map(p -> knownJurisdiction(p));
    Optional<JurisdictionLevel> level =
        query(ctx, "level").map(l -> enumValue(JurisdictionLevel.class, l, "level"));
    int limit = intQuery(ctx, "limit", 50, 1, 5000);
    List<Jurisdiction> found =
        parent
            .map(DIVISIONS::children)
            .orElseGet(() -> q.isPresent() ? DIVISIONS.search(q.get()) : DIVISIONS.all());
    ArrayNode items = Json.array();
    int total = 0;
    for (Jurisdiction j : found) {
      if (level.isPresent() && j.level() != level.get()
          || q.isPresent() && parent.isPresent() && !DIVISIONS.search(q.get()).contains(j)) {
        continue;
      }
      total++;
      if (items.size() < limit) {
        items.add(jurisdictionRef(j));
      }
    }
    send(
        ctx,
        Json.object()
            .put("total", total)
            .put("source", DIVISIONS.provenance())
            .set("items", items));
  }

  static ArrayNode chain(List<Jurisdiction> chain) {
    ArrayNode a = Json.array();
    chain.forEach(j -> a.add(jurisdictionRef(j)));
    return a;
  }

  static ObjectNode jurisdictionRef(Jurisdiction j) {
    ObjectNode n =
        Json.object().put("code", j.code().toString()).put("level", j.level().toString());
    n.set("name", Json.text(j.name()));
    j.parent().ifPresent(p -> n.put("parent", p.toString()));
    return n;
  }

  private void jurisdiction(Context ctx) {
    JurisdictionCode code = knownJurisdiction(ctx.pathParam("code"));
    ObjectNode n = jurisdictionRef(catalog.jurisdiction(code));
    n.set("chain", chain(catalog.chain(code)));
    ArrayNode children = n.putArray("children");
    DIVISIONS.children(code).forEach(j -> children.add(jurisdictionRef(j)));
    send(ctx, n);
  }

  private void ladders(Context ctx) {
    JurisdictionCode code = knownJurisdiction(ctx.pathParam("code"));
    ObjectNode root = Json.object().put("jurisdiction", code.toString());
    root.set("chain", chain(catalog.chain(code)));
    ArrayNode ladders = root.putArray("ladders");
    for (TierLadder l : catalog.ladders(code)) {
      ObjectNode ln =
          ladders
              .addObject()
              .put("id", l.id().toString())
              .put("jurisdiction", l.jurisdiction().toString());
      ln.set("label", Json.text(l.label()));
      ln.set("source", Json.source(l.source()));
      ln.put("document", catalog.documentOf(l.id()).id().toString());
      ArrayNode rungs = ln.putArray("rungs");
      l.rungs().forEach(t -> rungs.add(tierNode(catalog.tier(t))));
    }
    send(ctx, root);
  }

  private ObjectNode tierNode(Tier t) {
    ObjectNode n = Json.object().put("id", t.id().toString());
    n.set("name", Json.text(t.name()));
    n.put("level", t.level().toString())
        .put("jurisdiction", t.jurisdiction().toString())
        .put("subject", t.subject().toString());
    n.set("source", Json.source(t.source()));
    return n;
  }

  private void tiers(Context ctx) {
    ArrayNode items = Json.array();
    catalog.tiers().forEach(t -> items.add(tierNode(t)));
    send(ctx, Json.object().set("items", items));
  }

  private void tier(Context ctx) {
    String id = ctx.pathParam("id");
    Tier t = tierOrNotFound(id, "id");
    Optional<LocalDate> asOf = query(ctx, "asOf").map(d -> date(d, "asOf"));
    ObjectNode n = Json.object();
    n.set("tier", Json.tree(t));
    List<EligibilityCriteria> criteria =
        asOf.map(d -> catalog.criteriaFor(t.id(), d)).orElseGet(() -> catalog.criteriaFor(t.id()));
    ArrayNode cs = n.putArray("criteria");
    for (EligibilityCriteria c : criteria) {
      ObjectNode cn = cs.addObject().put("document", catalog.documentOf(c.id()).id().toString());
      cn.set("criteria", Json.tree(c));
    }
    ArrayNode incentives = n.putArray("incentives");
    catalog.incentivesFor(t.id()).forEach(i -> incentives.add(Json.incentive(i)));
    send(ctx, n);
  }

  private void documents(Context ctx) {
    Optional<JurisdictionCode> code = query(ctx, "jurisdiction").map(this::knownJurisdiction);
    Optional<LocalDate> asOf = query(ctx, "asOf").map(d -> date(d, "asOf"));
    List<PolicyDocument> docs;
    if (code.isPresent() && asOf.isPresent()) {
      docs = catalog.documentsInForce(code.get(), asOf.get());
    } else {
      List<JurisdictionCode> chain =
          code.map(c -> catalog.chain(c).stream().map(Jurisdiction::code).toList()).orElse(null);
      docs =
          catalog.documents().stream()
              .filter(d -> chain == null || chain.contains(d.jurisdiction()))
              .filter(d -> asOf.isEmpty() || d.isInForceOn(asOf.get()))
              .toList();
    }
    ArrayNode items = Json.array();
    for (PolicyDocument d : docs) {
      ObjectNode n = items.addObject().put("id", d.id().toString());
      n.set("title", Json.text(d.title()));
      n.set("issuer", Json.text(d.issuer()));
      n.put("jurisdiction", d.jurisdiction().toString());
      n.set("validity", Json.tree(d.validity()));
      n.put("completeness", d.completeness().toString())
          .put("confidence", d.confidence().toString());
      n.put("tiers", d.tiers().size())
          .put("criteria", d.criteria().size())
          .put("incentives", d.incentives().size())
          .put("targets", d.targets().size());
    }
    send(ctx, Json.object().set("items", items));
  }

  private void document(Context ctx) {
    String id = ctx.pathParam("id");
    PolicyDocument d = documentOrNotFound(id, "id");
    send(ctx, Json.tree(d));
  }

  /**
   * Researchers' comparison: every threshold of every criteria grouped by indicator, targets by
   * metric key and incentives by triggering tier, each with its document and clause.
   */
  private void compare(Context ctx) {
    Optional<String> indicator = query(ctx, "indicator");
    ObjectNode root = Json.object();
    Map<String, ArrayNode> thresholds = new java.util.TreeMap<>();
    for (Comparison c : catalog.facts(Comparison.class)) {
      String key = c.indicator().toString();
      if (indicator.isPresent() && !indicator.get().equals(key)) {
        continue;
      }
      ObjectNode n = thresholds.computeIfAbsent(key, k -> Json.array()).addObject();
      n.put("condition", c.id().toString());
      n.put("document", catalog.documentOf(c.id()).id().toString());
      n.set("label", Json.text(c.label()));
      n.put("operator", c.operator().toString());
      n.set("threshold", Json.quantity(c.threshold()));
      n.set("source", Json.source(c.source()));
    }
    ObjectNode t = root.putObject("thresholds");
    thresholds.forEach(t::set);
    Map<String, ArrayNode> targets = new java.util.TreeMap<>();
    for (Target x : catalog.facts(Target.class)) {
      ObjectNode n = targets.computeIfAbsent(x.metricKey(), k -> Json.array()).addObject();
      n.put("id", x.id().toString()).put("document", catalog.documentOf(x.id()).id().toString());
      n.set("metric", Json.text(x.metric()));
      n.put("comparator", x.comparator().toString());
      n.set("value", Json.quantity(x.value()));
      n.put("cadence", x.cadence().toString());
      n.set("source", Json.source(x.source()));
    }
    ObjectNode tg = root.putObject("targets");
    targets.forEach(tg::set);
    Map<String, ArrayNode> incentives = new java.util.TreeMap<>();
    for (Incentive i : catalog.facts(Incentive.class)) {
      String key = i.trigger().tier().map(TierId::toString).orElse(i.trigger().kind().toString());
      ObjectNode n = Json.incentive(i);
      n.put("document", catalog.documentOf(i.id()).id().toString());
      incentives.computeIfAbsent(key, k -> Json.array()).add(n);
    }
    ObjectNode in = root.putObject("incentives");
    incentives.forEach(in::set);
    send(ctx, root);
  }

  /** Two criteria ids: their leaf requirements side by side, keyed by track, band and indicator. */
  private void diff(Context ctx) {
    String a = requiredQuery(ctx, "a");
    String b = requiredQuery(ctx, "b");
    EligibilityCriteria ca = criteriaOrNotFound(a, "a");
    EligibilityCriteria cb = criteriaOrNotFound(b, "b");
    ObjectNode root = Json.object().put("a", a).put("b", b);
    ArrayNode changes = root.putArray("changes");
    for (CriteriaDiff.Change c : CriteriaDiff.between(ca, cb)) {
      ObjectNode n = changes.addObject().put("kind", c.kind().toString()).put("key", c.key());
      c.beforeThreshold().ifPresent(q -> n.set("before", Json.quantity(q)));
      c.afterThreshold().ifPresent(q -> n.set("after", Json.quantity(q)));
      c.beforeSource().ifPresent(s -> n.set("beforeSource", Json.source(s)));
      c.afterSource().ifPresent(s -> n.set("afterSource", Json.source(s)));
    }
    send(ctx, root);
  }

  private void schema(Context ctx) {
    String name = ctx.pathParam("name");
    String schema =
        switch (name) {
          case "profile" -> PolicyJson.profileSchema();
          case "report" -> PolicyJson.reportSchema();
          default ->
              throw ProblemException.notFound(
                  "Unknown schema '" + name + "': choose profile or report", "name", name);
        };
    // Sent as UTF-8 bytes: the schemas hold Chinese terms, which a String result would encode as
    // ISO-8859-1.
    ctx.contentType("application/schema+json; charset=utf-8")
        .result(schema.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  // ---- a firm ---------------------------------------------------------------------------------

  private void assess(Context ctx) {
    Firm f = firm(ctx, Bodies.json(ctx, config.maxBodyBytes()));
    boolean trace = "trace".equals(query(ctx, "detail").orElse("summary"));
    query(ctx, "detail")
        .filter(d -> !d.equals("trace") && !d.equals("summary"))
        .ifPresent(
            d -> {
              throw ProblemException.badRequest("detail must be summary or trace", "detail", d);
            });
    Optional<String> tier = query(ctx, "tier");
    if (tier.isPresent()) {
      Tier t = tierOrNotFound(tier.get(), "tier");
      ObjectNode n = Json.object().put("tier", t.id().toString()).put("asOf", f.asOf.toString());
      List<EligibilityReport> reports =
          catalog.match(f.profile, f.asOf).stream().filter(r -> r.tier().equals(t.id())).toList();
      n.set("reports", Json.tree(reports));
      send(ctx, n);
      return;
    }
    Assessment a = assessments.assess(f.profile, f.asOf);
    if (trace) {
      send(ctx, assessments.summary(a, true, f.profile));
    } else {
      write(ctx, assessments.summaryWriting(a));
    }
  }

  private void nextQuestions(Context ctx) {
    Firm f = firm(ctx, Bodies.json(ctx, config.maxBodyBytes()));
    int limit = intQuery(ctx, "limit", 5, 1, 100);
    write(ctx, assessments.nextQuestions(f.profile, f.asOf, limit));
  }

  private void whatIf(Context ctx) {
    ObjectNode body = Bodies.json(ctx, config.maxBodyBytes());
    JsonNode profile = body.get("profile");
    JsonNode changes = body.get("changes");
    if (profile == null || !profile.isObject()) {
      throw ProblemException.badRequest(
          "what-if needs a 'profile' object",
          "profile",
          profile == null ? null : profile.toString());
    }
    if (changes == null || !changes.isObject()) {
      throw ProblemException.badRequest(
          "what-if needs a 'changes' object",
          "changes",
          changes == null ? null : changes.toString());
    }
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!k.equals("profile") && !k.equals("changes")) {
        throw ProblemException.badRequest(
            "Unknown property '" + k + "' in a what-if request", k, null);
      }
    }
    ObjectNode changed = ((ObjectNode) profile).deepCopy();
    for (Iterator<Map.Entry<String, JsonNode>> it = changes.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String k = e.getKey();
      if (k.equals("values") || k.equals("declarations")) {
        if (!e.getValue().isObject()) {
          throw ProblemException.badRequest(
              "changes." + k + " must be an object", "changes." + k, e.getValue().toString());
        }
        ObjectNode target =
            changed.has(k) && changed.get(k).isObject()
                ? (ObjectNode) changed.get(k)
                : changed.putObject(k);
        e.getValue()
            .fields()
            .forEachRemaining(
                c -> {
                  if (c.getValue().isNull()) {
                    target.remove(c.getKey());
                  } else {
                    target.set(c.getKey(), c.getValue());
                  }
                });
      } else if (k.equals("tiers")) {
        changed.set(k, e.getValue());
      } else {
        throw ProblemException.badRequest(
            "changes may hold values, declarations and tiers, not '" + k + "'",
            "changes." + k,
            null);
      }
    }
    Firm before = firm(ctx, (ObjectNode) profile, "profile");
    Firm after = firm(ctx, changed, "changes");
    send(ctx, assessments.whatIf(before.profile, after.profile, before.asOf));
  }

  private void rewards(Context ctx) {
    Firm f = firm(ctx, Bodies.json(ctx, config.maxBodyBytes()));
    send(ctx, assessments.rewards(f.profile, f.asOf));
  }

  /**
   * One typed answer ("6000", "是", "2019-05-01", "no") applied to a profile by the rules of its
   * question: the new profile comes back, or a 400 saying what the question expects.
   */
  private void answer(Context ctx) {
    ObjectNode body = Bodies.json(ctx, config.maxBodyBytes());
    JsonNode profile = body.get("profile");
    if (profile == null || !profile.isObject()) {
      throw ProblemException.badRequest("answer needs a 'profile' object", "profile", null);
    }
    String input = text(body, "input");
    String answer = text(body, "answer");
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!k.equals("profile") && !k.equals("input") && !k.equals("answer")) {
        throw ProblemException.badRequest("Unknown property '" + k + "' in an answer", k, null);
      }
    }
    Firm f = firm(ctx, (ObjectNode) profile, "profile");
    EnterpriseProfile changed;
    try {
      changed = assessments.answer(f.profile, f.asOf, input, answer);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(e.getMessage(), "answer", answer);
    }
    send(ctx, Json.tree(changed));
  }

  private static String text(ObjectNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || !v.isTextual()) {
      throw ProblemException.badRequest(
          "'" + field + "' must be a string", field, v == null ? null : v.toString());
    }
    return v.textValue();
  }

  /**
   * JSON Lines in, JSON Lines out, streamed with flat memory: one outcome line per firm, an {@code
   * {"line":N,"error":…}} line for each bad input line, and a closing summary line.
   */
  private void screen(Context ctx) throws IOException {
    Bodies.requireContentType(ctx, NDJSON);
    LocalDate asOf = date(requiredQuery(ctx, "asOf"), "asOf");
    Screener screener = screeners.get(asOf);
    if (screener == null) {
      if (screeners.size() >= MAX_SCREENERS) {
        screeners.clear();
      }
      screener = screeners.computeIfAbsent(asOf, d -> Screener.of(catalog, d));
    }
    long deadline = System.nanoTime() + config.requestTimeout().toNanos();
    ctx.contentType(NDJSON);
    InputStream in =
        new Bodies.LimitedInputStream(ctx.req().getInputStream(), config.maxBatchBytes());
    Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    BufferedReader reader =
        new BufferedReader(
            new Bodies.GuardedReader(
                new InputStreamReader(in, StandardCharsets.UTF_8),
                deadline,
                config.maxBodyBytes()));
    ObjectNode end = Json.object().put("end", true);
    try {
      JsonLinesScreening.Summary summary =
          JsonLinesScreening.run(
              reader,
              out,
              screener,
              asOf,
              SCREEN_CHUNK,
              (line, message) -> errorLine(out, line, message),
              lines -> {});
      end.put("lines", summary.lines())
          .put("firms", summary.firms())
          .put("errors", summary.errors());
    } catch (java.io.UncheckedIOException e) {
      if (!(e.getCause() instanceof Bodies.LimitExceeded)) {
        throw e;
      }
      // The response has started: the problem can only be reported in the stream itself.
      end.put("error", e.getCause().getMessage());
    }
    out.write(Json.MAPPER.writeValueAsString(end));
    out.write('\n');
    out.flush();
  }

  private static void errorLine(Writer out, long line, String message) {
    try {
      out.write(
          Json.MAPPER.writeValueAsString(Json.object().put("line", line).put("error", message)));
      out.write('\n');
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // ---- inputs ---------------------------------------------------------------------------------

  /** A profile read from a request and the date to assess it on. */
  record Firm(EnterpriseProfile profile, LocalDate asOf) {}

  private Firm firm(Context ctx, ObjectNode body) {
    return firm(ctx, body, "");
  }

  private Firm firm(Context ctx, ObjectNode body, String where) {
    checkAmounts(body, where);
    EnterpriseProfile profile;
    try {
      // Read from the tree the body was parsed into: writing it out and parsing it again cost more
      // about three times the parse of the body itself.
      profile = PolicyJson.readProfileTree(body);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(e.getMessage(), Json.pathOf(e, where), null);
    }
    knownJurisdiction(profile.jurisdiction().toString());
    for (int i = 0; i < profile.tiers().size(); i++) {
      String tier = profile.tiers().get(i).tier().toString();
      try {
        catalog.tier(TierId.of(tier));
      } catch (IllegalArgumentException e) {
        throw ProblemException.badRequest(
            "Unknown tier '" + tier + "' among the tiers held",
            where + (where.isEmpty() ? "" : ".") + "tiers[" + i + "].tier",
            tier);
      }
    }
    // The catalogue's own checks: values fit their indicators, declaration keys are ones a
    // condition
    // reads (with the likely intended key), recognitions and founding years not after the as-of
    // date.
    try {
      catalog.validate(profile);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(e.getMessage(), where.isEmpty() ? null : where, null);
    }
    LocalDate asOf =
        query(ctx, "asOf")
            .map(d -> date(d, "asOf"))
            .or(profile::asOf)
            .orElseThrow(
                () ->
                    ProblemException.badRequest(
                        "No date to assess on: give asOf in the profile or as a query parameter "
                            + "(the server never assumes today, so that a result can be reproduced)",
                        "asOf",
                        null));
    return new Firm(profile, asOf);
  }

  /**
   * Refuses amounts the profile schema forbids before they reach the model: an exponent such as
   * {@code 1e999999999} is 15 bytes of input but an unbounded number to expand.
   */
  private static void checkAmounts(ObjectNode body, String where) {
    JsonNode values = body.get("values");
    if (values == null || !values.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode amount = e.getValue().get("amount");
      if (amount == null || !amount.isValueNode()) {
        continue;
      }
      String text = amount.isTextual() ? amount.textValue() : amount.toString();
      if (text.length() > MAX_AMOUNT_CHARS || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
        throw ProblemException.badRequest(
            "An amount must be a plain decimal of at most "
                + MAX_AMOUNT_CHARS
                + " characters, without an exponent",
            (where.isEmpty() ? "" : where + ".") + "values." + e.getKey() + ".amount",
            text);
      }
    }
  }

  static Optional<String> query(Context ctx, String name) {
    // Most requests have no query: no need for Javalin to build its map of parameters.
    if (ctx.queryString() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(ctx.queryParam(name)).filter(s -> !s.isEmpty());
  }

  private static String requiredQuery(Context ctx, String name) {
    return query(ctx, name)
        .orElseThrow(
            () ->
                ProblemException.badRequest("Missing query parameter '" + name + "'", name, null));
  }

  private static int intQuery(Context ctx, String name, int dflt, int min, int max) {
    Optional<String> v = query(ctx, name);
    if (v.isEmpty()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.get());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ProblemException.badRequest(
        name + " must be an integer from " + min + " to " + max, name, v.get());
  }

  static LocalDate date(String value, String field) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest(
          field + " must be a date in the form YYYY-MM-DD", field, value);
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E x : type.getEnumConstants()) {
        names.add(x.toString());
      }
      throw ProblemException.badRequest(field + " must be one of " + names, field, value);
    }
  }

  private static JurisdictionCode jurisdictionCode(String value, String field) {
    try {
      return JurisdictionCode.of(value);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(
          "Invalid jurisdiction code: " + e.getMessage(), field, value);
    }
  }

  private JurisdictionCode knownJurisdiction(String value) {
    JurisdictionCode code = jurisdictionCode(value, "jurisdiction");
    if (!code.equals(JurisdictionCode.CN) && DIVISIONS.find(code).isEmpty()) {
      throw ProblemException.notFound(
          "Unknown jurisdiction '" + value + "': " + DIVISIONS.explainUnknown(code),
          "jurisdiction",
          value);
    }
    return code;
  }

  private Tier tierOrNotFound(String id, String field) {
    try {
      return catalog.tier(TierId.of(id));
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("Unknown tier '" + id + "'", field, id);
    }
  }

  private PolicyDocument documentOrNotFound(String id, String field) {
    try {
      return catalog.document(DocumentId.of(id));
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("Unknown document '" + id + "'", field, id);
    }
  }

  private EligibilityCriteria criteriaOrNotFound(String id, String field) {
    try {
      return catalog.fact(FactId.of(id), EligibilityCriteria.class);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("Unknown criteria '" + id + "'", field, id);
    }
  }

  static void send(Context ctx, JsonNode node) {
    write(ctx, g -> Json.MAPPER.writeTree(g, node));
  }

  /**
   * Sends a JSON answer, written whole first (into a buffer the thread reuses), then in one write.
   * To a client that does not ask for compression it goes with its {@code Content-Length}, so that
   * Jetty sends headers and body together, without chunks and without copying it into a buffer of
   * its own; to one that does, through Javalin's output stream, which compresses it.
   */
  static void write(Context ctx, Json.Writing writing) {
    Json.Answer answer = Json.render(writing);
    ctx.contentType(JSON);
    try {
      if (ctx.header(Header.ACCEPT_ENCODING) == null) {
        ctx.res().setContentLength(answer.size());
        answer.writeTo(ctx.res().getOutputStream());
      } else {
        answer.writeTo(ctx.outputStream());
      }
    } catch (IOException e) {
      // The client has gone: nothing more can be sent to it.
      throw new UncheckedIOException("Cannot send the answer: " + e.getMessage(), e);
    }
  }
}
