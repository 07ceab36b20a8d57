package io.github.srdipolicy.catalog;

import io.github.srdipolicy.engine.EligibilityEvaluator;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.IncentiveCalculator;
import io.github.srdipolicy.engine.RewardDue;
import io.github.srdipolicy.model.Applicability;
import io.github.srdipolicy.model.ApplicationKind;
import io.github.srdipolicy.model.Band;
import io.github.srdipolicy.model.Banded;
import io.github.srdipolicy.model.ClauseStatus;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Completeness;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.DeclarationRegistry;
import io.github.srdipolicy.model.Divisions;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Fact;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.HoldsTier;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.IndicatorRegistry;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Interval;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Jurisdictions;
import io.github.srdipolicy.model.Measure;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.PoolFirm;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.ScoreBand;
import io.github.srdipolicy.model.ScoreItem;
import io.github.srdipolicy.model.Scorecard;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Status;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.TierLadder;
import io.github.srdipolicy.model.Track;
import io.github.srdipolicy.model.TriggerKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The immutable catalogue of every encoded document, the entry point of the library.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.load();
 * List<EligibilityReport> reports = catalog.match(profile, LocalDate.of(2023, 6, 1));
 * }</pre>
 *
 * <p>On construction every reference is checked: ids are unique, tiers, indicators and
 * jurisdictions referred to exist, thresholds are in units their indicators accept, and every
 * source reference names a clause of its document's outline. Lookups by id throw {@link
 * IllegalArgumentException} naming an unknown id. Immutable and thread-safe.
 *
 * <p>Jurisdictions come from the GB/T 2260 table of {@link Divisions}: any province, prefecture or
 * county code of mainland China (or a retired code, which resolves to its replacement) has a chain
 * up to {@code CN}. A source may still list jurisdictions; each one the table holds must agree with
 * it (code, level, parent and zh name; the table's en name is kept) or the load fails naming it,
 * and one the table does not hold (a code newer than the table) needs a known parent.
 *
 * <p>Criteria reach firms by the rule of {@link CriteriaScope}: through the jurisdiction that
 * recognises their tier, not through the document that states them.
 */
public final class Catalog {
  private final List<String> sourceNames;
  private final Map<JurisdictionCode, Jurisdiction> jurisdictions;
  private final Map<DocumentId, PolicyDocument> documents;
  private final Map<TierId, Tier> tiers;
  private final Map<FactId, Fact> facts;
  private final Map<FactId, DocumentId> owners;
  private final IndicatorRegistry indicators;
  private final EligibilityEvaluator evaluator;
  private final DeclarationRegistry declarations;
  private final Divisions divisions = Divisions.standard();
  private final Map<FactId, CriteriaScope> scopes = new LinkedHashMap<>();

  /**
   * Criteria as match evaluates them: restatements carry their scope's caveat. Made on first match
   * rather than at load, which stays as cheap as it was.
   */
  private final Map<FactId, EligibilityCriteria> scopedCriteria =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Documents from the national level down (then by code and id): the order of match's reports. */
  private final List<PolicyDocument> documentsTopDown;

  private Catalog(Collection<? extends PolicySource> sources) {
    List<String> problems = new ArrayList<>();
    Map<JurisdictionCode, Jurisdiction> js = new LinkedHashMap<>();
    js.put(Jurisdictions.CHINA.code(), Jurisdictions.CHINA);
    Map<DocumentId, PolicyDocument> docs = new LinkedHashMap<>();
    List<Indicator> inds = new ArrayList<>(Indicators.all());
    List<String> names = new ArrayList<>();
    for (PolicySource source : sources) {
      names.add(source.name());
      for (Jurisdiction j : source.jurisdictions()) {
        Optional<Jurisdiction> t = agreeWithTable(j, source.name(), problems);
        if (t.isPresent()) {
          js.put(t.get().code(), t.get());
        }
      }
      inds.addAll(source.indicators());
      for (PolicyDocument d : source.documents()) {
        if (docs.putIfAbsent(d.id(), d) != null) {
          problems.add("document " + d.id() + " is contributed twice (" + source.name() + ")");
        }
      }
    }
    this.sourceNames = List.copyOf(names);
    this.indicators = IndicatorRegistry.of(inds);
    // Filled further down with the chains of every document's and tier's jurisdiction.
    this.jurisdictions = js;
    this.documents = docs;

    Map<TierId, Tier> ts = new LinkedHashMap<>();
    Map<FactId, Fact> fs = new LinkedHashMap<>();
    Map<FactId, DocumentId> own = new LinkedHashMap<>();
    for (PolicyDocument d : docs.values()) {
      for (Tier t : d.tiers()) {
        if (ts.putIfAbsent(t.id(), t) != null) {
          problems.add("tier " + t.id() + " is defined twice");
        }
      }
      // Loops rather than lambdas and streams here and in check(): every lambda and stream shape
      // costs a class spun at run time on its first use, a large part of a cold load (issue #11).
      List<Fact> all = new ArrayList<>(d.ladders());
      for (EligibilityCriteria c : d.criteria()) {
        all.add(c);
        all.addAll(c.tracks());
        if (c.common().isPresent()) {
          addTree(c.common().get(), all);
        }
        for (Track t : c.tracks()) {
          addTree(t.condition(), all);
        }
      }
      all.addAll(d.incentives());
      all.addAll(d.targets());
      all.addAll(d.measures());
      all.addAll(d.provisions());
      all.addAll(d.poolFirms());
      for (Fact fact : all) {
        FactId id = fact.id();
        if (fs.putIfAbsent(id, fact) != null) {
          problems.add("fact id " + id + " is used twice");
        }
        own.putIfAbsent(id, d.id());
      }
    }
    this.tiers = ts;
    this.facts = fs;
    this.owners = own;
    check(problems);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "The policy catalogue is inconsistent ("
              + problems.size()
              + " problems):\n  "
              + String.join("\n  ", problems));
    }
    for (PolicyDocument d : docs.values()) {
      addWithChain(d.jurisdiction(), js);
      for (EligibilityCriteria c : d.criteria()) {
        Tier t = ts.get(c.tier());
        addWithChain(t.jurisdiction(), js);
        CriteriaScope scope =
            new CriteriaScope(
                c.id(), t, jurisdiction(t.jurisdiction()), d, jurisdiction(d.jurisdiction()));
        scopes.put(c.id(), scope);
      }
    }
    List<PolicyDocument> topDown = new ArrayList<>(docs.values());
    topDown.sort(
        (a, b) -> {
          int c =
              jurisdiction(a.jurisdiction())
                  .level()
                  .compareTo(jurisdiction(b.jurisdiction()).level());
          if (c == 0) {
            c = a.jurisdiction().compareTo(b.jurisdiction());
          }
          return c != 0 ? c : a.id().compareTo(b.id());
        });
    this.documentsTopDown = List.copyOf(topDown);
    Map<TierId, Integer> validity = new LinkedHashMap<>();
    for (Tier t : ts.values()) {
      if (t.validityYears().isPresent()) {
        validity.put(t.id(), t.validityYears().get());
      }
    }
    this.evaluator = EligibilityEvaluator.of(indicators, validity);
    List<EligibilityCriteria> criteria = new ArrayList<>();
    for (PolicyDocument d : docs.values()) {
      criteria.addAll(d.criteria());
    }
    this.declarations = DeclarationRegistry.fromCriteria(criteria);
  }

  /** Adds a condition and the conditions under it, parents first (as {@link Condition#tree()}). */
  private static void addTree(Condition c, List<Fact> out) {
    out.add(c);
    for (Condition child : c.children()) {
      addTree(child, out);
    }
  }

  /**
   * The table's entry for a source's jurisdiction, or a problem if they disagree. A code the table
   * does not know at all (newer than the table, or invented for a test) is kept as the source gives
   * it, provided its parent is known (checked with the other references).
   */
  private Optional<Jurisdiction> agreeWithTable(
      Jurisdiction j, String source, List<String> problems) {
    Optional<Jurisdiction> table = divisions.find(j.code());
    if (table.isEmpty()) {
      return Optional.of(j);
    }
    if (!table.get().code().equals(j.code())) {
      problems.add(
          "jurisdiction "
              + j
              + " of "
              + source
              + " is a retired GB/T 2260 code, replaced by "
              + table.get());
      return Optional.empty();
    }
    Jurisdiction t = table.get();
    if (t.level() != j.level()
        || !t.parent().equals(j.parent())
        || !t.name().zh().equals(j.name().zh())) {
      problems.add(
          "jurisdiction "
              + j.code()
              + " of "
              + source
              + " ("
              + j.level()
              + ", "
              + j.name().zh()
              + ", parent "
              + j.parent().map(Object::toString).orElse("none")
              + ") disagrees with the GB/T 2260 table ("
              + t.level()
              + ", "
              + t.name().zh()
              + ", parent "
              + t.parent().map(Object::toString).orElse("none")
              + ")");
      return Optional.empty();
    }
    return table;
  }

  private void addWithChain(JurisdictionCode code, Map<JurisdictionCode, Jurisdiction> js) {
    for (Jurisdiction j : chain(code)) {
      js.putIfAbsent(j.code(), j);
    }
  }

  private static <T> List<T> concat(List<T> list, T last) {
    List<T> result = new ArrayList<>(list);
    result.add(last);
    return result;
  }

  /**
   * Loads every {@link PolicySource} on the class path.
   *
   * @return the catalogue, never null
   * @throws IllegalStateException listing every problem if the sources are inconsistent
   */
  public static Catalog load() {
    List<PolicySource> sources = new ArrayList<>();
    for (PolicySource s : ServiceLoader.load(PolicySource.class, Catalog.class.getClassLoader())) {
      sources.add(s);
    }
    sources.sort((a, b) -> a.name().compareTo(b.name()));
    return new Catalog(sources);
  }

  /**
   * Builds a catalogue from given sources, for tests and embedders that choose their data.
   *
   * @param sources the sources, not null
   * @return the catalogue, never null
   * @throws IllegalStateException listing every problem if the sources are inconsistent
   */
  public static Catalog of(Collection<? extends PolicySource> sources) {
    return new Catalog(sources);
  }

  /**
   * Builds a catalogue from given sources.
   *
   * @param sources the sources, not null
   * @return the catalogue, never null
   */
  public static Catalog of(PolicySource... sources) {
    return new Catalog(List.of(sources));
  }

  // ---------------------------------------------------------------- queries

  /**
   * Returns the names of the sources loaded.
   *
   * @return source names, never null
   */
  public List<String> sourceNames() {
    return sourceNames;
  }

  /**
   * Returns the jurisdictions the catalogue's data belongs to: those of its documents and tiers,
   * those the sources list, and their parents, sorted by code. Every other code of the GB/T 2260
   * table is known too ({@link #jurisdiction}, {@link Divisions#standard()}).
   *
   * @return the jurisdictions, never null
   */
  public List<Jurisdiction> jurisdictions() {
    return jurisdictions.values().stream()
        .sorted(Comparator.comparing(Jurisdiction::code))
        .toList();
  }

  /**
   * Returns a jurisdiction: {@code CN} or any current GB/T 2260 code; a retired code returns the
   * division that replaced it.
   *
   * @param code the code, not null
   * @return the jurisdiction, never null
   * @throws IllegalArgumentException naming the code, the level that is wrong and the nearest valid
   *     code, if unknown
   */
  public Jurisdiction jurisdiction(JurisdictionCode code) {
    Jurisdiction j = jurisdictions.get(code);
    if (j != null) {
      return j;
    }
    return divisions
        .find(code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown jurisdiction: '" + code + "': " + divisions.explainUnknown(code)));
  }

  /**
   * Returns the levels of a jurisdiction's chain for which no document is encoded: a firm there is
   * matched against the levels above only. A level may still be reached by criteria that another
   * jurisdiction's document restates ({@link #criteriaScope}).
   *
   * @param code the firm's jurisdiction, not null
   * @return the jurisdictions without documents, the firm's own first, never null
   * @throws IllegalArgumentException naming the code if unknown
   */
  public List<Jurisdiction> levelsWithoutDocuments(JurisdictionCode code) {
    Set<JurisdictionCode> issuers =
        documents.values().stream().map(PolicyDocument::jurisdiction).collect(Collectors.toSet());
    return chain(code).stream().filter(j -> !issuers.contains(j.code())).toList();
  }

  /**
   * Returns who a set of criteria reaches: the jurisdiction recognising its tier, and the document
   * and jurisdiction stating it (see {@link CriteriaScope} for the rule).
   *
   * @param criteria the criteria id, not null
   * @return the scope, never null
   * @throws IllegalArgumentException naming the id if it is not a criteria of the catalogue
   */
  public CriteriaScope criteriaScope(FactId criteria) {
    return require(scopes.get(criteria), "criteria", criteria);
  }

  /**
   * Returns a jurisdiction and its parents, the jurisdiction first and {@code CN} last.
   *
   * @param code the code, not null
   * @return the chain, never null
   * @throws IllegalArgumentException naming the code if unknown
   */
  public List<Jurisdiction> chain(JurisdictionCode code) {
    List<Jurisdiction> chain = new ArrayList<>();
    Optional<JurisdictionCode> next = Optional.of(code);
    while (next.isPresent()) {
      Jurisdiction j = jurisdiction(next.get());
      chain.add(j);
      next = j.parent();
    }
    return List.copyOf(chain);
  }

  /**
   * Returns every document, sorted by jurisdiction code then id.
   *
   * @return the documents, never null
   */
  public List<PolicyDocument> documents() {
    return documents.values().stream()
        .sorted(
            Comparator.comparing(PolicyDocument::jurisdiction).thenComparing(PolicyDocument::id))
        .toList();
  }

  /**
   * Returns a document.
   *
   * @param id the document number, not null
   * @return the document, never null
   * @throws IllegalArgumentException naming the id if unknown
   */
  public PolicyDocument document(DocumentId id) {
    return require(documents.get(id), "document", id);
  }

  /**
   * Returns the documents that apply to a firm in a jurisdiction (issued by it or any parent) and
   * are in force on a date.
   *
   * @param code the firm's jurisdiction, not null
   * @param date the date, not null
   * @return the documents, national first, never null
   * @throws IllegalArgumentException naming the code if unknown
   */
  public List<PolicyDocument> documentsInForce(JurisdictionCode code, LocalDate date) {
    List<Jurisdiction> chain = chain(code);
    List<PolicyDocument> result = new ArrayList<>();
    for (int i = chain.size() - 1; i >= 0; i--) {
      JurisdictionCode level = chain.get(i).code();
      documents().stream()
          .filter(d -> d.jurisdiction().equals(level) && d.isInForceOn(date))
          .forEach(result::add);
    }
    return List.copyOf(result);
  }

  /**
   * Returns every tier, sorted by id.
   *
   * @return the tiers, never null
   */
  public List<Tier> tiers() {
    return tiers.values().stream().sorted(Comparator.comparing(Tier::id)).toList();
  }

  /**
   * Returns a tier.
   *
   * @param id the tier id, not null
   * @return the tier, never null
   * @throws IllegalArgumentException naming the id if unknown
   */
  public Tier tier(TierId id) {
    return require(tiers.get(id), "tier", id);
  }

  /**
   * Returns the ladders set out for a jurisdiction or any of its parents, lowest jurisdiction
   * first.
   *
   * @param code the jurisdiction, not null
   * @return the ladders, never null
   */
  public List<TierLadder> ladders(JurisdictionCode code) {
    List<TierLadder> result = new ArrayList<>();
    for (Jurisdiction j : chain(code)) {
      facts(TierLadder.class).stream()
          .filter(l -> l.jurisdiction().equals(j.code()))
          .forEach(result::add);
    }
    return List.copyOf(result);
  }

  /**
   * Returns every set of criteria for a tier, from any document.
   *
   * @param tier the tier id, not null
   * @return the criteria, never null
   */
  public List<EligibilityCriteria> criteriaFor(TierId tier) {
    tier(tier);
    return facts(EligibilityCriteria.class).stream().filter(c -> c.tier().equals(tier)).toList();
  }

  /**
   * Returns the criteria for a tier that apply on a date to an application of any kind.
   *
   * @param tier the tier id, not null
   * @param date the date, not null
   * @return the criteria, never null
   */
  public List<EligibilityCriteria> criteriaFor(TierId tier, LocalDate date) {
    return criteriaFor(tier).stream()
        .filter(c -> Arrays.stream(ApplicationKind.values()).anyMatch(k -> appliesTo(c, k, date)))
        .toList();
  }

  /**
   * Returns the criteria for a tier that apply on a date to an application of a kind: by their
   * {@link EligibilityCriteria#applicability() applicability}, or while their document is in force.
   *
   * @param tier the tier id, not null
   * @param date the date, not null
   * @param kind the kind of application, not null
   * @return the criteria, never null
   */
  public List<EligibilityCriteria> criteriaFor(TierId tier, LocalDate date, ApplicationKind kind) {
    return criteriaFor(tier).stream().filter(c -> appliesTo(c, kind, date)).toList();
  }

  /**
   * Returns the criteria that decide a tier for a kind of application on a date, with the others in
   * force for it that they take precedence over (see {@link EligibilityCriteria#supersedes()}).
   *
   * @param tier the tier id, not null
   * @param kind the kind of application, not null
   * @param date the date, not null
   * @return the choice, empty if no criteria for the tier apply, never null
   * @throws IllegalArgumentException naming the tier if unknown
   */
  public Optional<CriteriaChoice> decidingCriteria(
      TierId tier, ApplicationKind kind, LocalDate date) {
    return choose(tier, kind, date, criteriaFor(tier, date, kind));
  }

  /**
   * Returns the criteria that apply to a firm in a jurisdiction (set by it or any parent) for an
   * application of a kind on a date: every set, including those others take precedence over.
   *
   * @param code the firm's jurisdiction, not null
   * @param date the date, not null
   * @param kind the kind of application, not null
   * @return the criteria, national first, in document order, never null
   * @throws IllegalArgumentException naming the code if unknown
   */
  public List<EligibilityCriteria> criteriaInForce(
      JurisdictionCode code, LocalDate date, ApplicationKind kind) {
    // Criteria reach the firms under the jurisdiction recognising their tier, whichever document
    // states them (CriteriaScope); restatements carry their scope's caveat.
    Set<JurisdictionCode> chain =
        chain(code).stream().map(Jurisdiction::code).collect(Collectors.toSet());
    List<EligibilityCriteria> criteria = new ArrayList<>();
    for (PolicyDocument d : documentsTopDown) {
      for (EligibilityCriteria c : d.criteria()) {
        CriteriaScope scope = scopes.get(c.id());
        if (c.appliesTo(kind, date, d.validity()) && chain.contains(scope.recognisedBy())) {
          // A plain read first: computeIfAbsent may lock the map's bin even when the key is there.
          EligibilityCriteria scoped = scopedCriteria.get(c.id());
          criteria.add(
              scoped != null
                  ? scoped
                  : scopedCriteria.computeIfAbsent(
                      c.id(),
                      id ->
                          scope
                              .caveat()
                              .map(
                                  caveat ->
                                      EligibilityCriteria.builder()
                                          .from(c)
                                          .caveats(concat(c.caveats(), caveat))
                                          .build())
                              .orElse(c)));
        }
      }
    }
    return List.copyOf(criteria);
  }

  /**
   * Lists the overlaps the data leaves open: two criteria sets for one tier that both apply to some
   * kind of application on some date with no precedence stated between them.
   *
   * @return one line per overlap, naming both sets, the kind and the first day, never null
   */
  public List<String> precedenceGaps() {
    List<String> gaps = new ArrayList<>();
    List<EligibilityCriteria> all = facts(EligibilityCriteria.class);
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        EligibilityCriteria a = all.get(i);
        EligibilityCriteria b = all.get(j);
        if (!a.tier().equals(b.tier()) || prevails(a, b) || prevails(b, a)) {
          continue;
        }
        for (ApplicationKind kind : ApplicationKind.values()) {
          Optional<LocalDate> first = firstCommonDay(periods(a, kind), periods(b, kind));
          if (first.isPresent()) {
            gaps.add(
                a.id()
                    + " and "
                    + b.id()
                    + " both decide "
                    + a.tier()
                    + " for "
                    + kind
                    + " applications from "
                    + first.get()
                    + ", with no precedence stated");
          }
        }
      }
    }
    return List.copyOf(gaps);
  }

  /**
   * Returns the incentives triggered by an event of a kind.
   *
   * @param kind the trigger kind, not null
   * @return the incentives, never null
   */
  public List<Incentive> incentives(TriggerKind kind) {
    return facts(Incentive.class).stream().filter(i -> i.trigger().kind() == kind).toList();
  }

  /**
   * Returns the incentives triggered by the (first) recognition at a tier.
   *
   * @param tier the tier id, not null
   * @return the incentives, never null
   */
  public List<Incentive> incentivesFor(TierId tier) {
    return facts(Incentive.class).stream()
        .filter(i -> i.trigger().tier().equals(Optional.of(tier)))
        .toList();
  }

  /**
   * Returns the targets with a metric key, across documents.
   *
   * @param metricKey the metric key, not null
   * @return the targets, never null
   */
  public List<Target> targets(String metricKey) {
    return facts(Target.class).stream().filter(t -> t.metricKey().equals(metricKey)).toList();
  }

  /**
   * Returns every fact of a type, in document order.
   *
   * @param type the fact type, such as {@code Incentive.class}
   * @param <T> the type
   * @return the facts, never null
   */
  public <T> List<T> facts(Class<T> type) {
    return facts.values().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * Returns any fact by id: criteria, track, condition, ladder, incentive, target, measure,
   * provision or pool firm.
   *
   * @param id the id, not null
   * @return the fact, never null
   * @throws IllegalArgumentException naming the id if unknown
   */
  public Fact fact(FactId id) {
    return require(facts.get(id), "fact", id);
  }

  /**
   * Returns a fact of a type by id.
   *
   * @param id the id, not null
   * @param type the expected type, not null
   * @param <T> the type
   * @return the fact, never null
   * @throws IllegalArgumentException naming the id if unknown or of another type
   */
  public <T> T fact(FactId id, Class<T> type) {
    Fact fact = fact(id);
    if (!type.isInstance(fact)) {
      throw new IllegalArgumentException(
          "Unknown "
              + type.getSimpleName()
              + ": '"
              + id
              + "' (it is a "
              + fact.getClass().getSimpleName().replace("Immutable", "")
              + ")");
    }
    return type.cast(fact);
  }

  /**
   * Returns the document a fact was encoded from.
   *
   * @param id the fact id, not null
   * @return the document, never null
   * @throws IllegalArgumentException naming the id if unknown
   */
  public PolicyDocument documentOf(FactId id) {
    return document(require(owners.get(id), "fact", id));
  }

  /**
   * Returns the indicator vocabulary: the standard one plus what the sources add.
   *
   * @return the registry, never null
   */
  public IndicatorRegistry indicators() {
    return indicators;
  }

  /**
   * Returns an evaluator over this catalogue's indicator vocabulary.
   *
   * @return the evaluator, never null
   */
  public EligibilityEvaluator evaluator() {
    return evaluator;
  }

  /**
   * Returns the declaration keys profiles may give: those the catalogue's qualitative conditions
   * read.
   *
   * @return the registry, never null
   */
  public DeclarationRegistry declarations() {
    return declarations;
  }

  /**
   * Checks a profile against the catalogue: its jurisdiction is known, every value fits its
   * indicator, every declaration key is one a condition reads (a flag indicator given as a
   * declaration, or the reverse, is named as such), every tier listed exists, and no recognition
   * date or founding year lies after the profile's as-of date. {@link #match} checks this first.
   *
   * @param profile the profile, not null
   * @throws IllegalArgumentException naming the field and the value, and the closest known key for
   *     an unknown one
   */
  public void validate(EnterpriseProfile profile) {
    ProfileCheck.check(profile, indicators, declarations, tiers.keySet());
    chain(profile.jurisdiction());
    evaluator.validate(profile);
  }

  /**
   * Evaluates a firm against every criteria that applies to it on a date for its {@link
   * EnterpriseProfile#applicationKind() kind of application}, including criteria that others take
   * precedence over; {@link #answers(EnterpriseProfile, LocalDate)} gives one answer per tier.
   *
   * @param profile the firm, not null
   * @param date the date, not null
   * @return one report per criteria, in document order (national first), never null
   * @throws IllegalArgumentException if the profile is not {@link #validate valid} for this
   *     catalogue
   */
  public List<EligibilityReport> match(EnterpriseProfile profile, LocalDate date) {
    validate(profile);
    return evaluator.evaluateAll(
        criteriaInForce(profile.jurisdiction(), date, profile.applicationKind()), profile, date);
  }

  /**
   * Returns the criteria in force on a date for new applications that reach a firm in a
   * jurisdiction; the same as {@link #criteriaInForce(JurisdictionCode, LocalDate,
   * ApplicationKind)} for {@link ApplicationKind#NEW}.
   *
   * @param code the firm's jurisdiction, not null
   * @param date the date, not null
   * @return the criteria, by document from the national level down, never null
   * @throws IllegalArgumentException naming the code if unknown
   */
  public List<EligibilityCriteria> criteriaGoverning(JurisdictionCode code, LocalDate date) {
    return criteriaInForce(code, date, ApplicationKind.NEW);
  }

  /**
   * Evaluates a firm on a date and gives one answer per tier: the outcome under the criteria that
   * decide the tier for the firm's kind of application, with the other criteria in force for it
   * listed as "also in force" with their outcomes.
   *
   * @param profile the firm, not null
   * @param date the date, not null
   * @return one answer per tier: national tiers first, each jurisdiction's tiers bottom rung first
   *     where a ladder orders them, never null
   * @throws IllegalArgumentException if the profile's jurisdiction is unknown or a value invalid
   */
  public List<TierAnswer> answers(EnterpriseProfile profile, LocalDate date) {
    validate(profile);
    List<EligibilityCriteria> criteria =
        criteriaInForce(profile.jurisdiction(), date, profile.applicationKind());
    List<EligibilityReport> reports = evaluator.evaluateAll(criteria, profile, date);
    Map<FactId, EligibilityReport> byId = new LinkedHashMap<>();
    reports.forEach(r -> byId.put(r.criteria(), r));
    Map<TierId, List<EligibilityCriteria>> byTier = new LinkedHashMap<>();
    criteria.forEach(c -> byTier.computeIfAbsent(c.tier(), t -> new ArrayList<>()).add(c));
    List<JurisdictionCode> chain =
        chain(profile.jurisdiction()).stream().map(Jurisdiction::code).toList();
    List<TierId> order = new ArrayList<>(byTier.keySet());
    order.sort(
        Comparator.comparingInt((TierId t) -> -chain.indexOf(tier(t).jurisdiction()))
            .thenComparingInt(this::rungIndex));
    List<TierAnswer> answers = new ArrayList<>();
    for (TierId t : order) {
      CriteriaChoice choice =
          choose(t, profile.applicationKind(), date, byTier.get(t)).orElseThrow();
      answers.add(
          new TierAnswer(
              t,
              profile.applicationKind(),
              byId.get(choice.deciding().id()),
              choice.alsoInForce().stream().map(c -> byId.get(c.id())).toList(),
              choice.precedenceStated()));
    }
    return List.copyOf(answers);
  }

  /**
   * Works out the first-recognition rewards a firm is due from its recognition history, from
   * documents that apply to its jurisdiction, under their stacking rules.
   *
   * @param profile the firm with its {@link EnterpriseProfile#tiers() recognition history}, not
   *     null
   * @param asOf recognitions after this date are ignored, not null
   * @return the triggered rewards, due ones first, never null
   * @throws IllegalArgumentException if the jurisdiction is unknown
   */
  public List<RewardDue> rewardsDue(EnterpriseProfile profile, LocalDate asOf) {
    Set<JurisdictionCode> chain =
        chain(profile.jurisdiction()).stream().map(Jurisdiction::code).collect(Collectors.toSet());
    List<IncentiveCalculator.Offer> offers = new ArrayList<>();
    for (PolicyDocument d : documents.values()) {
      if (chain.contains(d.jurisdiction())) {
        d.incentives().forEach(i -> offers.add(new IncentiveCalculator.Offer(i, d.validity())));
      }
    }
    return IncentiveCalculator.DEFAULT.rewards(chain, profile.tiers(), offers, asOf);
  }

  /**
   * Returns how completely a document's outline is encoded.
   *
   * @param id the document number, not null
   * @return the coverage, never null
   * @throws IllegalArgumentException naming the id if unknown
   */
  public Coverage coverage(DocumentId id) {
    PolicyDocument d = document(id);
    Set<String> referenced = new HashSet<>();
    int count = 0;
    for (Map.Entry<FactId, Fact> e : facts.entrySet()) {
      for (SourceRef ref : sources(e.getValue())) {
        if (ref.document().equals(id)) {
          referenced.add(ref.clause());
        }
      }
      if (owners.get(e.getKey()).equals(id)) {
        count++;
      }
    }
    for (Tier t : tiers.values()) {
      if (t.source().document().equals(id)) {
        referenced.add(t.source().clause());
      }
    }
    count += d.tiers().size();
    return Coverage.builder()
        .document(id)
        .completeness(d.completeness())
        .clauses(d.outline().size())
        .encoded((int) d.outline().stream().filter(c -> c.status() == ClauseStatus.ENCODED).count())
        .noEncodableFact(
            (int)
                d.outline().stream()
                    .filter(c -> c.status() == ClauseStatus.NO_ENCODABLE_FACT)
                    .count())
        .notAvailable(
            (int)
                d.outline().stream().filter(c -> c.status() == ClauseStatus.NOT_AVAILABLE).count())
        .facts(count)
        .encodedWithoutFacts(
            d.outline().stream()
                .filter(c -> c.status() == ClauseStatus.ENCODED && !referenced.contains(c.path()))
                .map(c -> c.path())
                .toList())
        .build();
  }

  // ---------------------------------------------------------------- precedence

  private boolean appliesTo(EligibilityCriteria c, ApplicationKind kind, LocalDate date) {
    return c.appliesTo(kind, date, document(owners.get(c.id())).validity());
  }

  /**
   * Picks the criteria no other candidate prevails over; among several such (no precedence stated),
   * the one that took effect last, then the first in document order.
   */
  private Optional<CriteriaChoice> choose(
      TierId tier, ApplicationKind kind, LocalDate date, List<EligibilityCriteria> candidates) {
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    List<EligibilityCriteria> undominated =
        candidates.stream()
            .filter(c -> candidates.stream().noneMatch(o -> o != c && prevails(o, c)))
            .toList();
    List<EligibilityCriteria> pool = undominated.isEmpty() ? candidates : undominated;
    EligibilityCriteria deciding =
        pool.stream()
            .max(
                Comparator.comparing((EligibilityCriteria c) -> effectiveFrom(c, kind, date))
                    .thenComparing(c -> -candidates.indexOf(c)))
            .orElseThrow();
    List<EligibilityCriteria> others = new ArrayList<>(candidates);
    others.remove(deciding);
    // Precedence order: those the deciding set prevails over come in the order of their own
    // precedence.
    Map<FactId, Long> above = new LinkedHashMap<>();
    others.forEach(
        c -> above.put(c.id(), others.stream().filter(o -> o != c && prevails(o, c)).count()));
    others.sort(Comparator.comparingLong(c -> above.get(c.id())));
    return Optional.of(new CriteriaChoice(tier, kind, date, deciding, others, pool.size() == 1));
  }

  /**
   * Whether {@code a} takes precedence over {@code b}, directly or through a chain of precedence.
   */
  private boolean prevails(EligibilityCriteria a, EligibilityCriteria b) {
    Set<FactId> seen = new HashSet<>();
    List<FactId> next = new ArrayList<>(a.supersedes());
    while (!next.isEmpty()) {
      FactId id = next.remove(next.size() - 1);
      if (id.equals(b.id())) {
        return true;
      }
      if (seen.add(id) && facts.get(id) instanceof EligibilityCriteria) {
        next.addAll(((EligibilityCriteria) facts.get(id)).supersedes());
      }
    }
    return false;
  }

  /** The start of the period under which the criteria apply on the date. */
  private LocalDate effectiveFrom(EligibilityCriteria c, ApplicationKind kind, LocalDate date) {
    return periods(c, kind).stream()
        .filter(r -> r.contains(date))
        .map(DateRange::start)
        .max(Comparator.naturalOrder())
        .orElse(LocalDate.MIN);
  }

  private List<DateRange> periods(EligibilityCriteria c, ApplicationKind kind) {
    if (c.applicability().isEmpty()) {
      return List.of(document(owners.get(c.id())).validity());
    }
    return c.applicability().stream()
        .filter(a -> a.kinds().isEmpty() || a.kinds().contains(kind))
        .map(Applicability::period)
        .toList();
  }

  private static Optional<LocalDate> firstCommonDay(List<DateRange> as, List<DateRange> bs) {
    Optional<LocalDate> first = Optional.empty();
    for (DateRange a : as) {
      for (DateRange b : bs) {
        LocalDate start = a.start().isAfter(b.start()) ? a.start() : b.start();
        boolean open =
            (a.end().isEmpty() || a.end().get().isAfter(start))
                && (b.end().isEmpty() || b.end().get().isAfter(start));
        if (open && (first.isEmpty() || start.isBefore(first.get()))) {
          first = Optional.of(start);
        }
      }
    }
    return first;
  }

  /**
   * A tier's rung in the ladders of its own jurisdiction, else of any, bottom first; unknown last.
   */
  private int rungIndex(TierId t) {
    JurisdictionCode own = tier(t).jurisdiction();
    List<TierLadder> ladders = facts(TierLadder.class);
    for (boolean sameJurisdiction : new boolean[] {true, false}) {
      for (TierLadder l : ladders) {
        if ((!sameJurisdiction || l.jurisdiction().equals(own)) && l.rungs().contains(t)) {
          return l.rungs().indexOf(t);
        }
      }
    }
    return Integer.MAX_VALUE;
  }

  // ---------------------------------------------------------------- consistency checks

  private void check(List<String> problems) {
    for (Jurisdiction j : jurisdictions.values()) {
      JurisdictionCode p = j.parent().orElse(null);
      if (p != null && !jurisdictions.containsKey(p) && divisions.find(p).isEmpty()) {
        problems.add("jurisdiction " + j.code() + " has unknown parent " + p);
      }
    }
    for (PolicyDocument d : documents.values()) {
      checkJurisdiction(d.jurisdiction(), "document " + d.id(), problems);
    }
    for (Tier t : tiers.values()) {
      checkJurisdiction(t.jurisdiction(), "tier " + t.id(), problems);
      for (TierId p : t.prerequisites()) {
        checkTier(p, "tier " + t.id(), problems);
      }
      checkSource(t.source(), "tier " + t.id(), problems);
    }
    for (Map.Entry<FactId, Fact> e : facts.entrySet()) {
      String where = e.getKey().toString();
      Fact fact = e.getValue();
      for (SourceRef ref : sources(fact)) {
        checkSource(ref, where, problems);
      }
      if (fact instanceof EligibilityCriteria c) {
        checkTier(c.tier(), where, problems);
        for (FactId other : c.supersedes()) {
          if (!(facts.get(other) instanceof EligibilityCriteria)) {
            problems.add(where + " takes precedence over unknown criteria " + other);
          } else if (!((EligibilityCriteria) facts.get(other)).tier().equals(c.tier())) {
            problems.add(where + " takes precedence over " + other + ", which is for another tier");
          }
        }
      } else if (fact instanceof TierLadder l) {
        for (TierId r : l.rungs()) {
          checkTier(r, where, problems);
        }
        checkJurisdiction(l.jurisdiction(), where, problems);
      } else if (fact instanceof Incentive i) {
        if (i.trigger().tier().isPresent()) {
          checkTier(i.trigger().tier().get(), where, problems);
        }
        checkJurisdiction(i.fundingJurisdiction(), where, problems);
      } else if (fact instanceof Target t) {
        if (t.tier().isPresent()) {
          checkTier(t.tier().get(), where, problems);
        }
        checkJurisdiction(t.scope(), where, problems);
      } else if (fact instanceof Measure m) {
        if (m.parent().isPresent() && !(facts.get(m.parent().get()) instanceof Measure)) {
          problems.add(where + " has unknown parent measure " + m.parent().get());
        }
        for (FactId t : m.targets()) {
          if (!(facts.get(t) instanceof Target)) {
            problems.add(where + " refers to unknown target " + t);
          }
        }
      } else if (fact instanceof Condition) {
        checkCondition((Condition) fact, problems);
      }
    }
  }

  private void checkCondition(Condition c, List<String> problems) {
    String where = "condition " + c.id();
    if (c instanceof Comparison x) {
      checkUnit(x.indicator(), x.threshold(), where, problems);
    } else if (c instanceof Status x) {
      checkUnit(x.indicator(), x.requiredFlag(), where, problems);
    } else if (c instanceof SumComparison x) {
      for (IndicatorId i : x.indicators()) {
        checkUnit(i, x.threshold(), where, problems);
      }
    } else if (c instanceof Banded x) {
      for (Band b : x.bands()) {
        checkUnits(x.indicator(), b.range(), where, problems);
      }
    } else if (c instanceof HoldsTier holdsTier) {
      checkTier(holdsTier.tier(), where, problems);
    } else if (c instanceof Scorecard scorecard) {
      for (ScoreItem item : scorecard.items()) {
        for (ScoreBand b : item.bands()) {
          checkUnits(item.indicator(), b.range(), where, problems);
        }
      }
    }
  }

  private void checkUnits(IndicatorId id, Interval range, String where, List<String> problems) {
    if (range.lower().isPresent()) {
      checkUnit(id, range.lower().get(), where, problems);
    }
    if (range.upper().isPresent()) {
      checkUnit(id, range.upper().get(), where, problems);
    }
  }

  private void checkUnit(IndicatorId id, Quantity bound, String where, List<String> problems) {
    Optional<Indicator> indicator = indicators.find(id);
    if (indicator.isEmpty()) {
      problems.add(where + " refers to unknown indicator " + id);
    } else if (!indicator.get().unit().isCompatibleWith(bound.unit())) {
      problems.add(
          where
              + " compares "
              + id
              + " ("
              + indicator.get().unit()
              + ") with "
              + bound
              + " ("
              + bound.unit()
              + ")");
    }
  }

  private void checkTier(TierId id, String where, List<String> problems) {
    if (!tiers.containsKey(id)) {
      problems.add(where + " refers to unknown tier " + id);
    }
  }

  private void checkJurisdiction(JurisdictionCode code, String where, List<String> problems) {
    if (jurisdictions.containsKey(code)) {
      return;
    }
    Optional<Jurisdiction> j = divisions.find(code);
    if (j.isEmpty()) {
      problems.add(
          where
              + " refers to unknown jurisdiction "
              + code
              + ": "
              + divisions.explainUnknown(code));
    } else if (!j.get().code().equals(code)) {
      problems.add(where + " refers to the retired jurisdiction code " + code + ", now " + j.get());
    }
  }

  /**
   * A reference must name a clause of its document's outline, when that document is loaded with
   * one.
   */
  private void checkSource(SourceRef ref, String where, List<String> problems) {
    PolicyDocument d = documents.get(ref.document());
    if (d != null
        && d.completeness() != Completeness.REFERENCE_ONLY
        && d.clause(ref.clause()).isEmpty()) {
      problems.add(
          where + " cites clause '" + ref.clause() + "' which is not in the outline of " + d.id());
    }
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The source references of a fact (for criteria, the criteria's own; conditions are facts too).
   */
  static List<SourceRef> sources(Fact fact) {
    if (fact instanceof EligibilityCriteria c) {
      List<SourceRef> refs = new ArrayList<>();
      refs.add(c.source());
      for (Applicability a : c.applicability()) {
        if (a.source().isPresent()) {
          refs.add(a.source().get());
        }
      }
      return refs;
    } else if (fact instanceof Condition condition) {
      return List.of(condition.source());
    } else if (fact instanceof TierLadder tierLadder) {
      return List.of(tierLadder.source());
    } else if (fact instanceof Incentive i) {
      return List.of(i.source(), i.stacking().source());
    } else if (fact instanceof Target target) {
      return List.of(target.source());
    } else if (fact instanceof Measure m) {
      List<SourceRef> refs = new ArrayList<>();
      refs.add(m.source());
      refs.addAll(m.alsoListedIn());
      return refs;
    } else if (fact instanceof Provision provision) {
      return List.of(provision.source());
    } else if (fact instanceof PoolFirm poolFirm) {
      return List.of(poolFirm.source());
    }
    return List.of();
  }

  private static <T> T require(T value, String what, Object id) {
    if (value == null) {
      throw new IllegalArgumentException("Unknown " + what + ": '" + id + "'");
    }
    return value;
  }

  @Override
  public String toString() {
    return "Catalog"
        + sourceNames
        + " ("
        + documents.size()
        + " documents, "
        + tiers.size()
        + " tiers, "
        + facts.size()
        + " facts)";
  }
}
