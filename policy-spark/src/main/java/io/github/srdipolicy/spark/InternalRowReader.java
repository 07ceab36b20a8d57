package io.github.srdipolicy.spark;

import io.github.srdipolicy.engine.TierHolding;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.screening.Population;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * The fast reader of a partition: gives the values of an {@link InternalRow} to a population's
 * appender as Spark holds them, decimals (precision up to 18) and integers as unscaled longs,
 * booleans and dates as numbers, with no Java object per value (a column of another type, such as
 * level names, is converted value by value as a {@code Row} would hold it, and read as {@link
 * RowReader} reads it). It only accepts: a row with a declaration or tier column of another type,
 * or a value the appender does not take at once, is refused ({@code -1}) and left to {@link
 * RowReader}, which reads the same row converted to a {@code Row} and decides, with its messages.
 * So what it accepts is exactly what {@link RowReader} accepts, read the same way. One per task;
 * not thread-safe.
 */
final class InternalRowReader {
  /** How a column is read. */
  private static final int SLOW = 0;

  private static final int DECIMAL = 1;
  private static final int LONG = 2;
  private static final int INT = 3;
  private static final int SHORT = 4;
  private static final int BYTE = 5;
  private static final int BOOLEAN = 6;
  private static final int DATE = 7;

  private final boolean tiersComplete;
  private final int key;
  private final DataType keyType;
  private final int jurisdiction;
  private final boolean jurisdictionIsText;
  private final boolean jurisdictionIsInt;
  private final int[] valueIndex;
  private final int[] valueKind;
  private final int[] valuePrecision;
  private final int[] valueScale;

  /** For the other columns: Spark's value as a {@code Row} would hold it. */
  private final DataType[] valueType;

  private final scala.Function1<Object, Object>[] valueToJava;

  /** Quantities of the other columns by value (level names, mostly): a few distinct values. */
  private final Map<Object, Quantity>[] valueCache;

  private final ColumnMapping.IndicatorColumn[] valueColumns;
  private final int[] declarationIndex;
  private final boolean[] declarationFast;
  private final String[] declarationKeys;
  private final int[] tierIndex;
  private final boolean[] tierFast;
  private final String[] tierIds;

  /** Whether every mapped column can be read here; else every row goes to {@link RowReader}. */
  private final boolean fast;

  /** Jurisdiction codes by text (copied: the row's bytes are reused) or by number. */
  private final Map<Object, JurisdictionCode> codes = new HashMap<>();

  /** The appender's numbers of the value columns. */
  private int[] columns;

  /**
   * Whether rows are views of a columnar batch, whose decimal columns of precision up to 9 hold
   * ints (an {@link UnsafeRow} keeps every decimal of precision up to 18 as a long).
   */
  private final boolean columnar;

  /**
   * Makes a reader.
   *
   * @param columnar true for the rows of a {@code ColumnarBatch}, false for any other rows
   */
  InternalRowReader(ColumnMapping mapping, StructType schema, boolean columnar) {
    this.columnar = columnar;
    this.tiersComplete = mapping.tiersComplete();
    this.key = schema.fieldIndex(mapping.key());
    this.keyType = schema.fields()[key].dataType();
    this.jurisdiction = schema.fieldIndex(mapping.jurisdiction());
    DataType j = schema.fields()[jurisdiction].dataType();
    this.jurisdictionIsText = j instanceof StringType;
    this.jurisdictionIsInt = j instanceof IntegerType;
    boolean all = jurisdictionIsText || j instanceof LongType || j instanceof IntegerType;
    List<ColumnMapping.IndicatorColumn> cols = mapping.indicators();
    int n = cols.size();
    valueColumns = cols.toArray(new ColumnMapping.IndicatorColumn[0]);
    valueIndex = new int[n];
    valueKind = new int[n];
    valuePrecision = new int[n];
    valueScale = new int[n];
    valueType = new DataType[n];
    @SuppressWarnings("unchecked")
    scala.Function1<Object, Object>[] toJava = new scala.Function1[n];
    valueToJava = toJava;
    @SuppressWarnings("unchecked")
    Map<Object, Quantity>[] cache = new Map[n];
    valueCache = cache;
    for (int i = 0; i < n; i++) {
      ColumnMapping.IndicatorColumn c = cols.get(i);
      valueIndex[i] = schema.fieldIndex(c.column());
      DataType t = schema.fields()[valueIndex[i]].dataType();
      int kind = SLOW;
      if (t instanceof DecimalType d && d.precision() <= 18 && d.scale() >= 0) {
        kind = DECIMAL;
        valuePrecision[i] = d.precision();
        valueScale[i] = d.scale();
      } else if (t instanceof LongType) {
        kind = LONG;
      } else if (t instanceof IntegerType) {
        kind = INT;
      } else if (t instanceof ShortType) {
        kind = SHORT;
      } else if (t instanceof ByteType) {
        kind = BYTE;
      } else if (t instanceof BooleanType && c.unit() == Unit.FLAG) {
        kind = BOOLEAN;
      } else if (t instanceof DateType && c.unit() == Unit.EPOCH_DAY) {
        kind = DATE;
      }
      valueKind[i] = kind;
      valueType[i] = t;
      if (kind == SLOW) {
        valueToJava[i] = CatalystTypeConverters.createToScalaConverter(t);
        // Text only: equal UTF-8 bytes are the same text (equal decimals may differ in scale).
        valueCache[i] = t instanceof StringType ? new HashMap<>() : null;
      }
    }
    declarationKeys = mapping.declarations().keySet().toArray(new String[0]);
    declarationIndex = new int[declarationKeys.length];
    declarationFast = new boolean[declarationKeys.length];
    for (int i = 0; i < declarationKeys.length; i++) {
      declarationIndex[i] = schema.fieldIndex(mapping.declarations().get(declarationKeys[i]));
      declarationFast[i] = schema.fields()[declarationIndex[i]].dataType() instanceof BooleanType;
      all &= declarationFast[i];
    }
    tierIds = mapping.tiers().keySet().toArray(new String[0]);
    tierIndex = new int[tierIds.length];
    tierFast = new boolean[tierIds.length];
    for (int i = 0; i < tierIds.length; i++) {
      tierIndex[i] = schema.fieldIndex(mapping.tiers().get(tierIds[i]));
      tierFast[i] = schema.fields()[tierIndex[i]].dataType() instanceof DateType;
      all &= tierFast[i];
    }
    // A declaration or tier column of another type (text) sends every row the exact way.
    this.fast = all;
  }

  /** Registers the value columns with a new block's appender. */
  void start(Population.Builder.Appender appender) {
    columns = new int[valueIndex.length];
    for (int i = 0; i < valueIndex.length; i++) {
      int scale = valueKind[i] == DECIMAL ? valueScale[i] : 0;
      columns[i] =
          valueKind[i] == SLOW
              ? -1
              : appender.column(valueColumns[i].indicatorId(), valueColumns[i].unit(), scale);
    }
  }

  /** The key of a row, copied out of the row's reused memory. */
  Object key(InternalRow row) {
    return row.isNullAt(key) ? null : InternalRow.copyValue(row.get(key, keyType));
  }

  /**
   * Gives a row to the appender given to {@link #start}.
   *
   * @return the firm's index, or -1 if the row is left to {@link RowReader}
   */
  int append(InternalRow row, Population.Builder.Appender appender) {
    if (!fast || row.isNullAt(key) || row.isNullAt(jurisdiction)) {
      return -1;
    }
    JurisdictionCode code = code(row);
    if (code == null) {
      return -1;
    }
    try {
      appender.start(code, tiersComplete);
      for (int i = 0; i < valueIndex.length; i++) {
        int c = valueIndex[i];
        if (row.isNullAt(c)) {
          continue;
        }
        if (valueKind[i] == SLOW) {
          appender.value(valueColumns[i].indicatorId(), slowValue(row, i));
          continue;
        }
        long v =
            switch (valueKind[i]) {
              case DECIMAL -> unscaled(row, c, valuePrecision[i], valueScale[i]);
              case LONG -> row.getLong(c);
              case INT -> row.getInt(c);
              case SHORT -> row.getShort(c);
              case BYTE -> row.getByte(c);
              case BOOLEAN -> row.getBoolean(c) ? 1 : 0;
              case DATE -> row.getInt(c);
              default -> throw new IllegalStateException("not a fast column");
            };
        appender.value(columns[i], v);
      }
      for (int i = 0; i < declarationIndex.length; i++) {
        if (!row.isNullAt(declarationIndex[i])) {
          appender.declaration(declarationKeys[i], row.getBoolean(declarationIndex[i]));
        }
      }
      for (int i = 0; i < tierIndex.length; i++) {
        if (!row.isNullAt(tierIndex[i])) {
          appender.tier(TierHolding.of(tierIds[i], LocalDate.ofEpochDay(row.getInt(tierIndex[i]))));
        }
      }
      return appender.append();
    } catch (RuntimeException e) {
      return -1; // the exact reader gives the message
    }
  }

  /**
   * A decimal's unscaled value, read without a {@code Decimal} object where the row holds it as a
   * number.
   */
  private long unscaled(InternalRow row, int c, int precision, int scale) {
    if (columnar) {
      return precision <= Decimal.MAX_INT_DIGITS() ? row.getInt(c) : row.getLong(c);
    }
    if (row instanceof UnsafeRow) {
      return row.getLong(c);
    }
    return row.getDecimal(c, precision, scale).toUnscaledLong();
  }

  /**
   * A value of a column of another type, read as {@link RowReader} reads it from a {@code Row}; the
   * quantities of a text column's distinct values (level names) are kept, up to a bound.
   *
   * @throws RuntimeException if the value is not one ({@link RowReader} then names it)
   */
  private Quantity slowValue(InternalRow row, int i) {
    Object internal = row.get(valueIndex[i], valueType[i]);
    Map<Object, Quantity> cache = valueCache[i];
    Quantity q = cache == null ? null : cache.get(internal);
    if (q == null) {
      q = RowReader.quantity(valueToJava[i].apply(internal), valueColumns[i].unit());
      if (cache != null && cache.size() < 64) {
        cache.put(InternalRow.copyValue(internal), q);
      }
    }
    return q;
  }

  private JurisdictionCode code(InternalRow row) {
    Object k;
    if (jurisdictionIsText) {
      UTF8String s = row.getUTF8String(jurisdiction);
      JurisdictionCode c = codes.get(s);
      if (c != null) {
        return c;
      }
      k = s.clone();
    } else {
      // The same text as the Row's Integer or Long would give.
      k =
          jurisdictionIsInt
              ? (Object) row.getInt(jurisdiction)
              : (Object) row.getLong(jurisdiction);
      JurisdictionCode c = codes.get(k);
      if (c != null) {
        return c;
      }
    }
    JurisdictionCode parsed;
    try {
      parsed = JurisdictionCode.of(k.toString().trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (codes.size() < 10_000) { // a registry has a few thousand codes at most
      codes.put(k, parsed);
    }
    return parsed;
  }
}
