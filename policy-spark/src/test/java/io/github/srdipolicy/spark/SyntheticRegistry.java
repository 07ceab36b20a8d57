package io.github.srdipolicy.spark;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.TierHolding;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.RecognitionLevel;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.model.ValueKind;
import io.github.srdipolicy.screening.PopulationGenerator;
import io.github.srdipolicy.screening.Screener;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Generated firms (from {@link PopulationGenerator}) as rows with the columns of the mapping by
 * convention: {@code firm} (long), {@code jurisdiction}, one decimal column per indicator in its
 * own unit (booleans for flags, dates for dates, level names for levels), {@code declaration:KEY}
 * booleans and {@code tier:ID} recognition dates.
 */
final class SyntheticRegistry implements Serializable {
  private static final long serialVersionUID = 1L;
  static final double MISSING_SHARE = 0.15;

  /** Decimal places of the decimal columns. */
  static final int SCALE = 6;

  private final LocalDate asOf;
  private final long seed;
  private transient Parts parts;

  SyntheticRegistry(LocalDate asOf, long seed) {
    this.asOf = asOf;
    this.seed = seed;
  }

  /** What is built once per JVM from the catalogue. */
  static final class Parts {
    final Catalog catalog;
    final Screener screener;
    final PopulationGenerator generator;
    final List<Indicator> indicators;
    final List<String> declarations;
    final List<TierId> tiers;
    final StructType schema;

    Parts(LocalDate asOf, long seed) {
      catalog = Catalog.load();
      screener = Screener.of(catalog, asOf);
      generator =
          PopulationGenerator.forScreener(
              screener,
              catalog.indicators(),
              catalog.jurisdictions().stream().map(Jurisdiction::code).toList(),
              seed,
              MISSING_SHARE);
      Set<io.github.srdipolicy.model.IndicatorId> is = new java.util.TreeSet<>();
      Set<String> ds = new LinkedHashSet<>();
      Set<TierId> ts = new LinkedHashSet<>();
      for (EligibilityCriteria c : screener.criteria()) {
        for (io.github.srdipolicy.engine.InputRef i :
            io.github.srdipolicy.engine.CriteriaInputs.of(c)) {
          switch (i.kind()) {
            case INDICATOR -> is.add(io.github.srdipolicy.model.IndicatorId.of(i.id()));
            case DECLARATION -> ds.add(i.id());
            case TIER -> ts.add(TierId.of(i.id()));
            default -> throw new IllegalStateException(i.toString());
          }
        }
      }
      // The indicators the criteria use (those the generator draws), not the whole vocabulary.
      indicators = is.stream().map(catalog.indicators()::get).toList();
      declarations = List.copyOf(ds);
      tiers = List.copyOf(ts);
      List<StructField> fields = new ArrayList<>();
      fields.add(DataTypes.createStructField("firm", DataTypes.LongType, false));
      fields.add(DataTypes.createStructField("jurisdiction", DataTypes.StringType, false));
      for (Indicator ind : indicators) {
        fields.add(DataTypes.createStructField(ind.id().toString(), typeOf(ind.unit()), true));
      }
      for (String d : declarations) {
        fields.add(
            DataTypes.createStructField(
                ColumnMapping.declarationColumn(d), DataTypes.BooleanType, true));
      }
      for (TierId t : tiers) {
        fields.add(
            DataTypes.createStructField(ColumnMapping.tierColumn(t), DataTypes.DateType, true));
      }
      schema = DataTypes.createStructType(fields);
    }
  }

  Parts parts() {
    if (parts == null) {
      parts = new Parts(asOf, seed);
    }
    return parts;
  }

  private static DataType typeOf(Unit unit) {
    if (unit == Unit.FLAG) {
      return DataTypes.BooleanType;
    }
    if (unit == Unit.EPOCH_DAY) {
      return DataTypes.DateType;
    }
    if (unit == Unit.LEVEL) {
      return DataTypes.StringType;
    }
    // As a registry would keep money and ratios: 18 digits, so that Parquet stores each value as
    // one int64 and Spark reads it as an unscaled long; 6 places hold every generated value.
    return DataTypes.createDecimalType(18, SCALE);
  }

  /**
   * A fingerprint of what {@link #dataset} generates: the schema and a sample of firms, so that a
   * saved file is regenerated when the generator or the catalogue changes.
   */
  String fingerprint() {
    StringBuilder sb = new StringBuilder(parts().schema.json());
    for (long firm = 0; firm < 1_000; firm++) {
      sb.append(row(firm)).append('\n');
    }
    try {
      byte[] sha =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(sha, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  EnterpriseProfile profile(long firm) {
    return parts().generator.profile(firm);
  }

  Row row(long firm) {
    return row(firm, profile(firm));
  }

  Row row(long firm, EnterpriseProfile p) {
    Parts s = parts();
    Object[] v = new Object[s.schema.size()];
    int i = 0;
    v[i++] = firm;
    v[i++] = p.jurisdiction().toString();
    for (Indicator ind : s.indicators) {
      Quantity q = p.values().get(ind.id());
      v[i++] = q == null ? null : value(q.to(ind.unit()));
    }
    for (String d : s.declarations) {
      v[i++] = p.declarations().get(d);
    }
    for (TierId t : s.tiers) {
      v[i++] =
          p.tiers().stream()
              .filter(h -> h.tier().equals(t))
              .map(TierHolding::recognised)
              .map(java.sql.Date::valueOf)
              .findFirst()
              .orElse(null);
    }
    return RowFactory.create(v);
  }

  private static Object value(Quantity q) {
    if (q.unit() == Unit.FLAG) {
      return q.amount().signum() != 0;
    }
    if (q.unit() == Unit.EPOCH_DAY) {
      return java.sql.Date.valueOf(LocalDate.ofEpochDay(q.amount().longValueExact()));
    }
    if (q.kind() == ValueKind.LEVEL) {
      for (RecognitionLevel l : RecognitionLevel.values()) {
        if (q.amount().intValueExact() == l.rank()) {
          return l.name();
        }
      }
    }
    return q.amount().setScale(SCALE); // ArithmeticException if a value had more places
  }

  /** Firms 0 to size - 1 as a Dataset, generated on the executors. */
  Dataset<Row> dataset(SparkSession spark, long size, int partitions) {
    SyntheticRegistry self = this;
    return spark
        .range(0, size, 1, partitions)
        .mapPartitions(
            (org.apache.spark.api.java.function.MapPartitionsFunction<Long, Row>)
                ids ->
                    new java.util.Iterator<Row>() {
                      @Override
                      public boolean hasNext() {
                        return ids.hasNext();
                      }

                      @Override
                      public Row next() {
                        return self.row(ids.next());
                      }
                    },
            Encoders.row(parts().schema));
  }
}
