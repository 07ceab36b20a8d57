package io.github.srdipolicy.spark;

import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.TierHolding;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.IndicatorRegistry;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.RecognitionLevel;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.model.ValueKind;
import io.github.srdipolicy.screening.Population;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;

/**
 * Turns a row of mapped columns into a profile, or into one message naming the column and the value
 * that is wrong. One per task; not thread-safe.
 */
final class RowReader {
  private final LocalDate asOf;
  private final boolean tiersComplete;
  private final int key;
  private final int jurisdiction;
  private final String keyName;
  private final String jurisdictionName;
  private final String[] valueColumns;
  private final int[] valueIndex;
  private final Indicator[] indicators;
  private final IndicatorId[] indicatorIds;
  private final Unit[] units;
  private final String[] declarationKeys;
  private final String[] declarationColumns;
  private final int[] declarationIndex;
  private final String[] tierIds;
  private final String[] tierColumns;
  private final int[] tierIndex;
  private final java.util.Map<Object, JurisdictionCode> codes = new java.util.HashMap<>();
  private String problem;

  RowReader(ColumnMapping mapping, StructType schema, IndicatorRegistry registry, LocalDate asOf) {
    this.asOf = asOf;
    this.tiersComplete = mapping.tiersComplete();
    this.keyName = mapping.key();
    this.jurisdictionName = mapping.jurisdiction();
    this.key = schema.fieldIndex(keyName);
    this.jurisdiction = schema.fieldIndex(jurisdictionName);
    List<ColumnMapping.IndicatorColumn> cols = mapping.indicators();
    int n = cols.size();
    valueColumns = new String[n];
    valueIndex = new int[n];
    indicators = new Indicator[n];
    indicatorIds = new IndicatorId[n];
    units = new Unit[n];
    for (int i = 0; i < n; i++) {
      ColumnMapping.IndicatorColumn c = cols.get(i);
      valueColumns[i] = c.column();
      valueIndex[i] = schema.fieldIndex(c.column());
      indicatorIds[i] = c.indicatorId();
      indicators[i] = registry.get(indicatorIds[i]);
      units[i] = c.unit();
    }
    declarationKeys = mapping.declarations().keySet().toArray(new String[0]);
    declarationColumns = new String[declarationKeys.length];
    declarationIndex = new int[declarationKeys.length];
    for (int i = 0; i < declarationKeys.length; i++) {
      declarationColumns[i] = mapping.declarations().get(declarationKeys[i]);
      declarationIndex[i] = schema.fieldIndex(declarationColumns[i]);
    }
    tierIds = mapping.tiers().keySet().toArray(new String[0]);
    tierColumns = new String[tierIds.length];
    tierIndex = new int[tierIds.length];
    for (int i = 0; i < tierIds.length; i++) {
      tierColumns[i] = mapping.tiers().get(tierIds[i]);
      tierIndex[i] = schema.fieldIndex(tierColumns[i]);
    }
  }

  /**
   * Fails, naming the column, if a mapped column's type cannot hold what it is mapped to.
   *
   * @throws IllegalArgumentException naming the column, its type and what it should be
   */
  static void checkTypes(ColumnMapping mapping, StructType schema) {
    DataType j = schema.apply(mapping.jurisdiction()).dataType();
    if (!(j instanceof StringType || isIntegral(j))) {
      throw wrongType(mapping.jurisdiction(), j, "a string or integer jurisdiction code");
    }
    for (ColumnMapping.IndicatorColumn c : mapping.indicators()) {
      DataType t = schema.apply(c.column()).dataType();
      boolean ok =
          t instanceof NumericType
              || t instanceof StringType
              || (t instanceof BooleanType && c.unit() == Unit.FLAG)
              || (t instanceof DateType && c.unit() == Unit.EPOCH_DAY);
      if (!ok) {
        throw wrongType(
            c.column(),
            t,
            "numbers (or strings) in "
                + c.unit()
                + (c.unit() == Unit.FLAG
                    ? ", or booleans"
                    : c.unit() == Unit.EPOCH_DAY ? ", or dates" : ""));
      }
    }
    for (String column : mapping.declarations().values()) {
      DataType t = schema.apply(column).dataType();
      if (!(t instanceof BooleanType || t instanceof StringType || isIntegral(t))) {
        throw wrongType(column, t, "booleans (or true/false strings, or 1/0)");
      }
    }
    for (String column : mapping.tiers().values()) {
      DataType t = schema.apply(column).dataType();
      if (!(t instanceof DateType || t instanceof StringType)) {
        throw wrongType(column, t, "dates of recognition (or ISO date strings)");
      }
    }
  }

  private static boolean isIntegral(DataType t) {
    return t instanceof org.apache.spark.sql.types.IntegerType
        || t instanceof org.apache.spark.sql.types.LongType
        || t instanceof org.apache.spark.sql.types.ShortType
        || t instanceof org.apache.spark.sql.types.ByteType;
  }

  private static IllegalArgumentException wrongType(String column, DataType t, String expected) {
    return new IllegalArgumentException(
        "Invalid column '"
            + column
            + "': type "
            + t.simpleString()
            + " (must hold "
            + expected
            + ")");
  }

  /**
   * Reads a row.
   *
   * @return the profile, or a message naming the column and value if the row is invalid
   */
  Object read(Row row) {
    if (row.isNullAt(key)) {
      return "column '" + keyName + "' (the key) is null";
    }
    if (row.isNullAt(jurisdiction)) {
      return "column '" + jurisdictionName + "' (the jurisdiction) is null";
    }
    EnterpriseProfile.Builder b =
        EnterpriseProfile.builder().asOf(asOf).tiersComplete(tiersComplete);
    JurisdictionCode parsed = code(row.get(jurisdiction));
    if (parsed == null) {
      return problem;
    }
    b.jurisdiction(parsed);
    for (int i = 0; i < valueIndex.length; i++) {
      if (row.isNullAt(valueIndex[i])) {
        continue;
      }
      Object v = row.get(valueIndex[i]);
      try {
        // Ranges are checked once, when the population takes the profile; see problem(Row, String).
        b.putValues(indicatorIds[i], quantity(v, units[i]));
      } catch (IllegalArgumentException | ArithmeticException | DateTimeParseException e) {
        return "column '"
            + valueColumns[i]
            + "' ("
            + indicatorIds[i]
            + "): value '"
            + v
            + "': "
            + e.getMessage();
      }
    }
    for (int i = 0; i < declarationIndex.length; i++) {
      if (row.isNullAt(declarationIndex[i])) {
        continue;
      }
      Object v = row.get(declarationIndex[i]);
      Boolean declared = bool(v);
      if (declared == null) {
        return "column '"
            + declarationColumns[i]
            + "' (declaration "
            + declarationKeys[i]
            + "): value '"
            + v
            + "' is not true/false";
      }
      b.putDeclarations(declarationKeys[i], declared);
    }
    for (int i = 0; i < tierIndex.length; i++) {
      if (row.isNullAt(tierIndex[i])) {
        continue;
      }
      Object v = row.get(tierIndex[i]);
      try {
        b.addTiers(TierHolding.of(tierIds[i], date(v)));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        return "column '"
            + tierColumns[i]
            + "' (tier "
            + tierIds[i]
            + "): value '"
            + v
            + "' is not a date: "
            + e.getMessage();
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      return e.getMessage();
    }
  }

  /**
   * Gives a row's values straight to a population's appender, without making a profile: the fast
   * path of a partition. The same checks as {@link #read(Row)} then {@link
   * Population.Builder#add(EnterpriseProfile)}, with the same messages.
   *
   * @return the firm's index in the population, or -1 with {@link #problem()} saying why the row is
   *     invalid
   */
  int append(Row row, Population.Builder.Appender appender) {
    problem = null;
    if (row.isNullAt(key)) {
      return invalid("column '" + keyName + "' (the key) is null");
    }
    if (row.isNullAt(jurisdiction)) {
      return invalid("column '" + jurisdictionName + "' (the jurisdiction) is null");
    }
    JurisdictionCode parsed = code(row.get(jurisdiction));
    if (parsed == null) {
      return -1;
    }
    try {
      appender.start(parsed, tiersComplete);
      for (int i = 0; i < valueIndex.length; i++) {
        if (row.isNullAt(valueIndex[i])) {
          continue;
        }
        Object v = row.get(valueIndex[i]);
        Quantity q;
        try {
          q = quantity(v, units[i]);
        } catch (IllegalArgumentException | ArithmeticException | DateTimeParseException e) {
          return invalid(
              "column '"
                  + valueColumns[i]
                  + "' ("
                  + indicatorIds[i]
                  + "): value '"
                  + v
                  + "': "
                  + e.getMessage());
        }
        appender.value(indicatorIds[i], q);
      }
      for (int i = 0; i < declarationIndex.length; i++) {
        if (row.isNullAt(declarationIndex[i])) {
          continue;
        }
        Object v = row.get(declarationIndex[i]);
        Boolean declared = bool(v);
        if (declared == null) {
          return invalid(
              "column '"
                  + declarationColumns[i]
                  + "' (declaration "
                  + declarationKeys[i]
                  + "): value '"
                  + v
                  + "' is not true/false");
        }
        appender.declaration(declarationKeys[i], declared);
      }
      for (int i = 0; i < tierIndex.length; i++) {
        if (row.isNullAt(tierIndex[i])) {
          continue;
        }
        Object v = row.get(tierIndex[i]);
        TierHolding h;
        try {
          h = TierHolding.of(tierIds[i], date(v));
        } catch (IllegalArgumentException | DateTimeParseException e) {
          return invalid(
              "column '"
                  + tierColumns[i]
                  + "' (tier "
                  + tierIds[i]
                  + "): value '"
                  + v
                  + "' is not a date: "
                  + e.getMessage());
        }
        appender.tier(h);
      }
      return appender.append();
    } catch (IllegalArgumentException e) {
      // A value out of its indicator's range, or a jurisdiction the catalogue does not know.
      return invalid(problem(row, e.getMessage()));
    }
  }

  /** Why the last row given to {@link #append} was refused, or null. */
  String problem() {
    return problem;
  }

  private int invalid(String message) {
    problem = message;
    return -1;
  }

  /**
   * A jurisdiction code, parsed once per distinct value; null with {@link #problem} set if invalid.
   */
  private JurisdictionCode code(Object code) {
    JurisdictionCode parsed = codes.get(code);
    if (parsed == null) {
      try {
        parsed = JurisdictionCode.of(code.toString().trim());
      } catch (IllegalArgumentException e) {
        problem = "column '" + jurisdictionName + "': " + e.getMessage();
        return null;
      }
      if (codes.size()
          < 10_000) { // a registry has a few thousand codes at most: keep memory bounded anyway
        codes.put(code, parsed);
      }
    }
    return parsed;
  }

  /**
   * Names the column behind a profile the population rejected (a value outside its indicator's
   * range): the first value that fails its indicator's check, else the population's own message.
   */
  String problem(Row row, String message) {
    for (int i = 0; i < valueIndex.length; i++) {
      if (row.isNullAt(valueIndex[i])) {
        continue;
      }
      Object v = row.get(valueIndex[i]);
      try {
        indicators[i].validate(quantity(v, units[i]));
      } catch (IllegalArgumentException e) {
        return "column '"
            + valueColumns[i]
            + "' ("
            + indicatorIds[i]
            + "): value '"
            + v
            + "': "
            + e.getMessage();
      }
    }
    return message;
  }

  /** Key of a valid or invalid row. */
  Object key(Row row) {
    return row.get(key);
  }

  static Quantity quantity(Object v, Unit unit) {
    if (v instanceof BigDecimal d) {
      return Quantity.of(d, unit);
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return Quantity.of(BigDecimal.valueOf(((Number) v).longValue()), unit);
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("not a finite number");
      }
      // The shortest decimal that reads back as the same double: 3.5, not 3.5000000000000000001.
      return Quantity.of(
          v instanceof Float ? new BigDecimal(v.toString()) : BigDecimal.valueOf(d), unit);
    }
    if (v instanceof Boolean flag && unit == Unit.FLAG) {
      return Quantity.flag(flag);
    }
    if (unit == Unit.EPOCH_DAY && !(v instanceof String s && isNumber(s))) {
      return Quantity.date(date(v));
    }
    String s = v.toString().trim();
    if (unit.kind() == ValueKind.LEVEL && !isNumber(s)) {
      try {
        return Quantity.level(RecognitionLevel.valueOf(s.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "not a recognition level (one of "
                + java.util.Arrays.toString(RecognitionLevel.values())
                + ")",
            e);
      }
    }
    if (unit == Unit.FLAG && bool(s) != null) {
      return Quantity.flag(bool(s));
    }
    if (!isNumber(s)) {
      throw new IllegalArgumentException("not a decimal number");
    }
    return Quantity.of(new BigDecimal(s), unit);
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  }

  static Boolean bool(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Number n
        && (n.longValue() == 0 || n.longValue() == 1)
        && n.doubleValue() == n.longValue()) {
      return n.longValue() == 1;
    }
    if (v instanceof String s) {
      String t = s.trim().toLowerCase(Locale.ROOT);
      return t.equals("true") ? Boolean.TRUE : t.equals("false") ? Boolean.FALSE : null;
    }
    return null;
  }

  private static LocalDate date(Object v) {
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return LocalDate.parse(v.toString().trim());
  }
}
