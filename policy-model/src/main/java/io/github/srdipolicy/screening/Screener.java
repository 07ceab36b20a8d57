package io.github.srdipolicy.screening;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EligibilityEvaluator;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.AtLeast;
import io.github.srdipolicy.model.Band;
import io.github.srdipolicy.model.Banded;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.ConditionVisitor;
import io.github.srdipolicy.model.ApplicationKind;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.HoldsTier;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.IndicatorRegistry;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.ScoreItem;
import io.github.srdipolicy.model.Scorecard;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Track;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Screens whole populations of firms against many criteria at once.
 *
 * <pre>{@code
 * Screener screener = Screener.of(Catalog.load(), LocalDate.of(2023, 6, 1));
 * Population.Builder b = screener.populationBuilder(profiles.size(), date);
 * profiles.forEach(b::add);
 * ScreeningResult result = screener.screen(b.build());
 * }</pre>
 *
 * <p>Criteria are compiled once; screening runs in parallel over the available cores, 64 firms
 * per machine word, and allocates nothing per firm. Outcomes equal those of
 * {@link EligibilityEvaluator} for every firm (firms with values too precise for the fixed-point
 * columns are screened by the exact engine). Use {@link #explain(EnterpriseProfile, int)} for the
 * trace of a chosen firm. Immutable and thread-safe.
 */
public final class Screener {
  /** Words per parallel task: 4096 firms, small enough to balance the cores. */
  private static final int CHUNK_WORDS = 64;

  private final List<EligibilityCriteria> criteria;
  private final List<JurisdictionCode> criteriaJurisdiction;
  private final Function<JurisdictionCode, Set<JurisdictionCode>> chains;
  private final EligibilityEvaluator evaluator;
  private final Map<IndicatorId, Integer> indicatorSlots = new LinkedHashMap<>();
  private final Map<String, Integer> declarationSlots = new LinkedHashMap<>();
  private final Map<TierId, Integer> tierSlots = new LinkedHashMap<>();
  private final List<Compiled> compiled = new ArrayList<>();
  private final Map<JurisdictionCode, boolean[]> applicability = new ConcurrentHashMap<>();
  private int maxNodes;

  private Screener(List<EligibilityCriteria> criteria, List<JurisdictionCode> criteriaJurisdiction,
      Function<JurisdictionCode, Set<JurisdictionCode>> chains, EligibilityEvaluator evaluator, IndicatorRegistry registry) {
    this.criteria = List.copyOf(criteria);
    this.criteriaJurisdiction = List.copyOf(criteriaJurisdiction);
    this.chains = chains;
    this.evaluator = evaluator;
    // Declaration and tier slots come after all indicator slots, so their indexes are final only
    // once every criteria has been seen: a first pass registers the slots, the second compiles.
    for (EligibilityCriteria c : criteria) {
      new Compiler(registry).compile(c);
    }
    for (EligibilityCriteria c : criteria) {
      compiled.add(new Compiler(registry).compile(c));
    }
  }

  /**
   * Compiles every criteria that applies on a date to new applications (the profile's default
   * kind), for firms of any jurisdiction.
   *
   * @param catalog the catalogue, not null
   * @param date the date, not null
   * @return the screener, never null
   */
  public static Screener of(Catalog catalog, LocalDate date) {
    return of(catalog, date, ApplicationKind.NEW);
  }

  /**
   * Compiles every criteria that applies on a date to applications of a kind, for firms of any
   * jurisdiction; firms are screened as applying for that kind whatever their profile says.
   *
   * @param catalog the catalogue, not null
   * @param date the date, not null
   * @param kind the kind of application, not null
   * @return the screener, never null
   */
  public static Screener of(Catalog catalog, LocalDate date, ApplicationKind kind) {
    List<EligibilityCriteria> criteria = new ArrayList<>();
    List<JurisdictionCode> where = new ArrayList<>();
    for (PolicyDocument d : catalog.documents()) {
      for (EligibilityCriteria c : d.criteria()) {
        if (c.appliesTo(kind, date, d.validity())) {
          criteria.add(c);
          where.add(d.jurisdiction());
        }
      }
    }
    Function<JurisdictionCode, Set<JurisdictionCode>> chains =
        code -> catalog.chain(code).stream().map(Jurisdiction::code).collect(Collectors.toSet());
    return new Screener(criteria, where, chains, catalog.evaluator(), catalog.indicators());
  }

  /**
   * Compiles given criteria that apply to firms of every jurisdiction, over the standard indicators.
   *
   * @param criteria the criteria, not null
   * @return the screener, never null
   */
  public static Screener of(List<EligibilityCriteria> criteria) {
    return of(criteria, IndicatorRegistry.standard());
  }

  /**
   * Compiles given criteria that apply to firms of every jurisdiction, over an indicator vocabulary
   * (e.g. {@code catalog.indicators()}).
   *
   * @param criteria the criteria, not null
   * @param indicators the indicator definitions the criteria use, not null
   * @return the screener, never null
   */
  public static Screener of(List<EligibilityCriteria> criteria, IndicatorRegistry indicators) {
    List<JurisdictionCode> everywhere = criteria.stream().map(c -> JurisdictionCode.CN).toList();
    return new Screener(criteria, everywhere, code -> Set.of(JurisdictionCode.CN, code),
        EligibilityEvaluator.of(indicators), indicators);
  }

  /**
   * Returns the criteria, in the column order of results.
   *
   * @return the criteria, never null
   */
  public List<EligibilityCriteria> criteria() {
    return criteria;
  }

  /**
   * Starts a population for this screener.
   *
   * @param capacity the expected number of firms (the builder grows beyond it)
   * @param asOf the date tier holdings are checked on, not null
   * @return a new builder, never null
   */
  public Population.Builder populationBuilder(int capacity, LocalDate asOf) {
    return new Population.Builder(this, capacity, asOf);
  }

  /**
   * Screens a population in parallel.
   *
   * @param population a population built by this screener, not null
   * @return the outcomes, never null
   */
  public ScreeningResult screen(Population population) {
    int words = (population.size + 63) >>> 6;
    long[][] t = new long[compiled.size()][words];
    long[][] f = new long[compiled.size()][words];
    int chunks = (words + CHUNK_WORDS - 1) / CHUNK_WORDS;
    Compiled[] compiledArray = compiled.toArray(new Compiled[0]);
    boolean[][] applies = new boolean[population.jurisdictions.size()][];
    for (int j = 0; j < applies.length; j++) {
      applies[j] = applicability(population.jurisdictions.get(j));
    }
    IntStream.range(0, chunks).parallel().forEach(chunk -> {
      long[] nt = new long[maxNodes];
      long[] nf = new long[maxNodes];
      boolean[] needed = new boolean[compiledArray.length];
      int end = Math.min(words, (chunk + 1) * CHUNK_WORDS);
      for (int w = chunk * CHUNK_WORDS; w < end; w++) {
        // Rows are sorted by jurisdiction: the word's jurisdictions lie between its first and last row's.
        int first = population.rowJurisdiction[w << 6];
        int last = population.rowJurisdiction[Math.min(population.size, (w + 1) << 6) - 1];
        java.util.Arrays.fill(needed, false);
        for (int j = first; j <= last; j++) {
          for (int c = 0; c < needed.length; c++) {
            needed[c] |= applies[j][c];
          }
        }
        for (int c = 0; c < compiledArray.length; c++) {
          if (!needed[c]) {
            continue;
          }
          Compiled cc = compiledArray[c];
          for (Node node : cc.nodes) {
            node.eval(population, w, nt, nf);
          }
          t[c][w] = nt[cc.root];
          f[c][w] = nf[cc.root];
        }
      }
    });
    for (Map.Entry<Integer, EnterpriseProfile> e : population.exact.entrySet()) {
      int firm = population.rowOf[e.getKey()];
      for (int c = 0; c < compiled.size(); c++) {
        Outcome o = evaluator.evaluate(criteria.get(c), e.getValue(), population.asOf).outcome();
        long bit = 1L << (firm & 63);
        t[c][firm >>> 6] = o == Outcome.NOT_ELIGIBLE ? t[c][firm >>> 6] & ~bit : t[c][firm >>> 6] | bit;
        f[c][firm >>> 6] = o == Outcome.ELIGIBLE ? f[c][firm >>> 6] & ~bit : f[c][firm >>> 6] | bit;
      }
    }
    return new ScreeningResult(criteria, population, applies, t, f);
  }

  /**
   * Screens a list of profiles.
   *
   * @param profiles the firms, not null
   * @param asOf the date tier holdings are checked on, not null
   * @return the outcomes, in the order of the list, never null
   * @throws IllegalArgumentException naming the indicator and value of the first invalid profile
   */
  public ScreeningResult screen(List<EnterpriseProfile> profiles, LocalDate asOf) {
    Population.Builder b = populationBuilder(profiles.size(), asOf);
    profiles.forEach(b::add);
    return screen(b.build());
  }

  /**
   * Explains one firm's result for one criteria with the full trace.
   *
   * @param profile the firm, not null
   * @param criteriaIndex the criteria's index in {@link #criteria()}
   * @return the explained report, never null
   */
  public EligibilityReport explain(EnterpriseProfile profile, int criteriaIndex) {
    return evaluator.evaluate(criteria.get(criteriaIndex), profile);
  }

  EligibilityEvaluator evaluator() {
    return evaluator;
  }

  boolean[] applicability(JurisdictionCode code) {
    return applicability.computeIfAbsent(code, c -> {
      Set<JurisdictionCode> chain = chains.apply(c);
      boolean[] applies = new boolean[criteria.size()];
      for (int i = 0; i < applies.length; i++) {
        applies[i] = chain.contains(criteriaJurisdiction.get(i));
      }
      return applies;
    });
  }

  int slotCount() {
    return indicatorSlots.size() + declarationSlots.size() + tierSlots.size();
  }

  int indicatorSlot(IndicatorId id) {
    return indicatorSlots.getOrDefault(id, -1);
  }

  int declarationSlot(String key) {
    Integer s = declarationSlots.get(key);
    return s == null ? -1 : indicatorSlots.size() + s;
  }

  int tierSlot(TierId tier) {
    return indicatorSlots.size() + declarationSlots.size() + tierSlots.get(tier);
  }

  Set<TierId> tiers() {
    return tierSlots.keySet();
  }

  /** Declaration keys, in slot order. */
  List<String> declarationKeys() {
    return List.copyOf(declarationSlots.keySet());
  }

  /** Indicator slot ids, in slot order. */
  List<IndicatorId> indicatorIds() {
    return List.copyOf(indicatorSlots.keySet());
  }

  /** A compiled criteria: its nodes in post-order and the root. */
  private static final class Compiled {
    final Node[] nodes;
    final int root;

    Compiled(List<Node> nodes, int root) {
      this.nodes = nodes.toArray(new Node[0]);
      this.root = root;
    }
  }

  /** Turns a criteria tree into post-order nodes over the screener's slots. */
  private final class Compiler implements ConditionVisitor<Integer> {
    private final IndicatorRegistry registry;
    private final List<Node> nodes = new ArrayList<>();

    Compiler(IndicatorRegistry registry) {
      this.registry = registry;
    }

    Compiled compile(EligibilityCriteria c) {
      int[] tracks = c.tracks().stream().map(Track::condition).mapToInt(t -> t.accept(this)).toArray();
      int anyTrack = add(id -> new Nodes.Any(id, tracks));
      int root = c.common().isPresent()
          ? add(id -> new Nodes.All(id, new int[] {c.common().get().accept(this), anyTrack}))
          : anyTrack;
      maxNodes = Math.max(maxNodes, nodes.size());
      return new Compiled(List.copyOf(nodes), root);
    }

    private int add(java.util.function.IntFunction<Node> make) {
      int id = nodes.size();
      nodes.add(make.apply(id));
      return id;
    }

    private int indicator(IndicatorId id) {
      registry.get(id);
      return indicatorSlots.computeIfAbsent(id, k -> indicatorSlots.size());
    }

    private int[] children(List<Condition> conditions) {
      return conditions.stream().mapToInt(x -> x.accept(this)).toArray();
    }

    @Override
    public Integer visitComparison(Comparison c) {
      int slot = indicator(c.indicator());
      long bound = Fixed.exact(c.threshold(), c.id());
      return add(id -> new Nodes.Compare(id, slot, c.operator(), bound));
    }

    @Override
    public Integer visitSum(SumComparison c) {
      int[] slots = c.indicators().stream().mapToInt(this::indicator).toArray();
      boolean[] mayBeNegative = new boolean[slots.length];
      for (int k = 0; k < slots.length; k++) {
        mayBeNegative[k] = registry.get(c.indicators().get(k)).minimum().map(m -> m.signum() < 0).orElse(true);
      }
      long bound = Fixed.exact(c.threshold(), c.id());
      boolean upper = !c.operator().isLowerBound() && c.operator() != Operator.EQUAL_TO;
      return add(id -> new Nodes.Sum(id, slots, mayBeNegative, c.operator(), bound, c.operator().isLowerBound(), upper));
    }

    @Override
    public Integer visitAllOf(AllOf c) {
      int[] kids = children(c.conditions());
      return add(id -> new Nodes.All(id, kids));
    }

    @Override
    public Integer visitAnyOf(AnyOf c) {
      int[] kids = children(c.conditions());
      return add(id -> new Nodes.Any(id, kids));
    }

    @Override
    public Integer visitAtLeast(AtLeast c) {
      int[] kids = children(c.conditions());
      return add(id -> new Nodes.AtLeastN(id, kids, c.count()));
    }

    @Override
    public Integer visitBanded(Banded c) {
      int slot = indicator(c.indicator());
      int n = c.bands().size();
      FixedRange[] ranges = new FixedRange[n];
      int[] then = new int[n];
      for (int b = 0; b < n; b++) {
        Band band = c.bands().get(b);
        ranges[b] = FixedRange.of(band.range(), c.id());
        then[b] = band.then().map(x -> x.accept(this)).orElse(-1);
      }
      boolean covers = c.coversAllValuesOf(registry.get(c.indicator()));
      return add(id -> new Nodes.Bands(id, slot, ranges, then, covers));
    }

    @Override
    public Integer visitHoldsTier(HoldsTier c) {
      tierSlots.computeIfAbsent(c.tier(), k -> tierSlots.size());
      int slot = tierSlot(c.tier());
      return add(id -> new Nodes.Compare(id, slot, Operator.EQUAL_TO, Fixed.ONE));
    }

    @Override
    public Integer visitQualitative(Qualitative c) {
      declarationSlots.computeIfAbsent(c.declaration(), k -> declarationSlots.size());
      int slot = declarationSlot(c.declaration());
      return add(id -> new Nodes.Compare(id, slot, Operator.EQUAL_TO, Fixed.ONE));
    }

    @Override
    public Integer visitScorecard(Scorecard c) {
      List<ScoreItem> items = c.items();
      int n = items.size();
      List<String> categories = items.stream().map(ScoreItem::category).distinct().toList();
      int[] slots = new int[n];
      int[] category = new int[n];
      FixedRange[][] ranges = new FixedRange[n][];
      long[][] points = new long[n][];
      long[] minPoints = new long[n];
      long[] maxPoints = new long[n];
      for (int i = 0; i < n; i++) {
        ScoreItem item = items.get(i);
        slots[i] = indicator(item.indicator());
        category[i] = categories.indexOf(item.category());
        int m = item.bands().size();
        ranges[i] = new FixedRange[m];
        points[i] = new long[m];
        for (int b = 0; b < m; b++) {
          ranges[i][b] = FixedRange.of(item.bands().get(b).range(), c.id());
          points[i][b] = Fixed.of(item.bands().get(b).points());
        }
        minPoints[i] = Fixed.of(item.minPoints());
        maxPoints[i] = Fixed.of(item.maxPoints());
      }
      long[] catMin = new long[categories.size()];
      for (int k = 0; k < catMin.length; k++) {
        java.math.BigDecimal min = c.categoryMinimums().get(categories.get(k));
        catMin[k] = min == null ? Long.MIN_VALUE : Fixed.of(min);
      }
      long total = Fixed.of(c.minimumTotal());
      return add(id -> new Nodes.Score(id, slots, category, ranges, points, minPoints, maxPoints, total, catMin));
    }
  }
}
