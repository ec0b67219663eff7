package org.kpi4j.spark;

import java.time.LocalDate;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.kpi4j.KpiDataException;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.series.PanelLayout;
import org.kpi4j.time.FiscalCalendar;

/**
 * kpi4j's KPI operations on a Spark {@code Dataset<Row>} of tidy facts: year-to-date filings as
 * discrete quarters, YoY and QoQ growth under a loss-base convention, trailing twelve months, the
 * facts known on a date, and the check of every printed change as {@code kpi check} makes it.
 *
 * <p><b>One implementation of the rules.</b> No rule is written again in Spark SQL. The facts are
 * partitioned by series ({@code repartition(entity, metric, segment)}), sorted within each
 * partition by series and quarter ordinal (from the period label with the fiscal calendar, never
 * from row order), and each partition is cut into batches of whole series that go through the
 * core: {@link org.kpi4j.io.TidyReader} applies {@code PanelCsv}'s rules (metric resolution from the
 * catalog, basis inference, the latest {@code as_of} wins, the refusals) and the core's
 * {@code PanelAssembler} lays the figures out in a {@link org.kpi4j.series.KpiPanel}, whose own
 * {@code toDiscreteQuarters}, {@code yoy}, {@code qoq}, {@code ttm} run on it; the checks are
 * {@link org.kpi4j.reconcile.Reconciliation}'s on a {@link org.kpi4j.fact.FactSet} of the batch. So
 * every value, unit and refusal is the one the core gives for the same facts, bit for bit: a ratio
 * changes in percentage points (unit {@code pp}), a stock or ratio has no TTM, and a quarter whose
 * base is missing (a gap) gets no growth rather than a comparison with the wrong quarter, as a
 * {@code lag(value, 4)} over rows would give.
 *
 * <p><b>Input.</b> A facts table with at least the fields {@code entity, metric, period, value, unit}
 * and any of {@code segment, basis, as_of} (and, for {@link #reconcile}, the {@code reported_*},
 * {@code comparison_period} and {@code approximate} fields), in columns named as
 * {@link #withColumns(FactColumns)} says; other columns are ignored. Values are text as printed
 * ({@link SparkFacts#readCsv} reads them so) or numbers; dates are ISO text or dates.
 *
 * <p><b>Output</b> of the panel operations: {@link #resultSchema()}, one row per present value
 * (entity, metric, segment, period as a quarter label, value, unit), as {@code PanelCsv.write}
 * writes a panel, and one row per series the operation leaves out (the TTM of a stock) or per note
 * on figures it leaves out (filed before a restatement of their fiscal year), with no
 * period, value or unit and the core's note saying why, so nothing disappears without a word
 * ({@code filter("note is null")} keeps the values). Growth is a fraction (unit {@code ratio}), a
 * ratio's change a difference in points (unit {@code pp}). Bad data fails the Spark job when an
 * action runs, with the {@link KpiDataException} (see {@link #dataError(Throwable)}) naming the row.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
 * Dataset<Row> facts = SparkFacts.readCsv(spark, "facts.csv");  // revenue filed year-to-date
 * SparkKpi kpi = SparkKpi.of(MetricCatalog.standard(), FiscalCalendar.calendarYear());
 * Dataset<Row> yoy = kpi.yoy(facts, GrowthConvention.FILING);   // entity, metric, segment, period, value, unit
 * List<Row> rows = yoy.orderBy("period").collectAsList();        // [acme,revenue,,2024Q1,0.2,ratio], ...
 * Dataset<Row> checks = kpi.reconcile(facts);                    // as kpi check --format csv
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SparkKpi {

    /** Rows handed to the core at once, rounded up to whole series. */
    static final int BATCH_ROWS = 1 << 15;

    private static final SparkKpi STANDARD = new SparkKpi(MetricCatalog.standard(), FiscalCalendar.calendarYear(),
            FactColumns.standard(), PanelLayout.QUARTERLY, BATCH_ROWS);

    private final MetricCatalog catalog;
    private final FiscalCalendar calendar;
    private final FactColumns columns;
    private final PanelLayout layout;
    private final int batchRows;

    private SparkKpi(MetricCatalog catalog, FiscalCalendar calendar, FactColumns columns, PanelLayout layout,
            int batchRows) {
        this.catalog = catalog;
        this.calendar = calendar;
        this.columns = columns;
        this.layout = layout;
        this.batchRows = batchRows;
    }

    /**
     * Returns the operations with the standard catalog, a calendar fiscal year and the standard
     * column names.
     *
     * <pre>{@code
     * Dataset<Row> discrete = SparkKpi.standard().ytdToDiscrete(facts);
     * }</pre>
     *
     * @return the operations, not null
     */
    public static SparkKpi standard() {
        return STANDARD;
    }

    /**
     * Returns the operations with a catalog and a fiscal calendar, on the standard column names.
     *
     * <pre>{@code
     * SparkKpi kpi = SparkKpi.of(MetricCatalog.standard(), FiscalCalendar.endingIn(Month.MARCH));
     * }</pre>
     *
     * @param catalog the known metrics, not null; an unknown metric's kind is inferred per series
     *     from its rows' basis and unit, as {@code PanelCsv} does
     * @param calendar the fiscal calendar of every entity in the facts, not null
     * @return the operations, not null
     */
    public static SparkKpi of(MetricCatalog catalog, FiscalCalendar calendar) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(calendar, "calendar");
        return new SparkKpi(catalog, calendar, FactColumns.standard(), PanelLayout.QUARTERLY, BATCH_ROWS);
    }

    /**
     * Returns a copy that reads the facts' fields from the given columns.
     *
     * <pre>{@code
     * SparkKpi kpi = SparkKpi.standard().withColumns(FactColumns.standard().with("entity", "cik"));
     * }</pre>
     *
     * @param columns the column names, not null
     * @return the copy, not null
     */
    public SparkKpi withColumns(FactColumns columns) {
        return new SparkKpi(catalog, calendar, Objects.requireNonNull(columns, "columns"), layout, batchRows);
    }

    /**
     * Returns a copy that lays year-to-date flows out as {@code PanelCsv.read} with this layout does:
     * {@link PanelLayout#QUARTERLY} (the default) turns them into discrete quarters at once;
     * {@link PanelLayout#AS_REPORTED} keeps each cumulative figure, so that {@link #yoy} compares Q1,
     * H1, Q1-Q3 and the year with the same span a year earlier, as filings print it (and a flow filed
     * only by year gets its annual growth), labelled with the span ({@code 2024H1}, {@code 2024});
     * {@link #qoq}, {@link #ttm} and {@link #ytdToDiscrete} difference them first, as the panel does.
     *
     * <pre>{@code
     * kpi.withLayout(PanelLayout.AS_REPORTED).yoy(facts, GrowthConvention.FILING).count();   // 2: 2024Q1, 2024H1
     * }</pre>
     *
     * @param layout the layout, not null
     * @return the copy, not null
     */
    public SparkKpi withLayout(PanelLayout layout) {
        return new SparkKpi(catalog, calendar, columns, Objects.requireNonNull(layout, "layout"), batchRows);
    }

    /** A copy handing batches of about {@code rows} rows to the core; for tests of the batching. */
    SparkKpi withBatchRows(int rows) {
        return new SparkKpi(catalog, calendar, columns, layout, rows);
    }

    /** @return about how many rows are handed to the core at once */
    int batchRows() {
        return batchRows;
    }

    /** @return the fiscal calendar, not null */
    public FiscalCalendar calendar() {
        return calendar;
    }

    /** @return the metric catalog, not null */
    public MetricCatalog catalog() {
        return catalog;
    }

    /** @return the column names, not null */
    public FactColumns columns() {
        return columns;
    }

    /** @return how year-to-date flows are laid out, not null */
    public PanelLayout layout() {
        return layout;
    }

    /**
     * Returns the schema of the panel operations' results: {@code entity, metric, segment, period,
     * value, unit, note}; {@code note} is null on a value's row, and on the row of a series or of
     * figures left out it says why (and period, value and unit are null).
     *
     * <pre>{@code
     * SparkKpi.resultSchema().fieldNames();   // [entity, metric, segment, period, value, unit, note]
     * }</pre>
     *
     * @return the schema, not null
     */
    public static StructType resultSchema() {
        return SparkJobs.RESULT;
    }

    /**
     * Returns the schema of {@link #reconcile}'s result: the columns of {@code kpi check --format
     * csv} ({@link org.kpi4j.io.TidyRows#CHECK_COLUMNS}: {@code entity, metric, segment, period, as_of,
     * check, reported_pct, computed_pct, base_period, base_value, implied_base, status, note}), the
     * numbers as doubles, the printed percentage (or flag) as text.
     *
     * <pre>{@code
     * int columns = SparkKpi.checkSchema().fieldNames().length;   // 13
     * }</pre>
     *
     * @return the schema, not null
     */
    public static StructType checkSchema() {
        return SparkJobs.CHECK;
    }

    /**
     * The facts as discrete quarters: flows filed year-to-date differenced within each fiscal year
     * (Q2 = H1 − Q1; missing where either figure is), discrete flows and quarter-end stocks as they
     * are, the latest {@code as_of} of each figure: what {@code PanelCsv.read} puts in a panel
     * ({@code KpiPanel.toDiscreteQuarters}; a ratio filed year-to-date, which cannot be differenced,
     * is refused, or with {@link PanelLayout#AS_REPORTED} left out with a note).
     *
     * <pre>{@code
     * kpi.ytdToDiscrete(facts).orderBy("period").collectAsList();
     * // 2023Q1 10, 2023Q2 11 (21 − 10), 2023Q3 12, 2023Q4 13, 2024Q1 12, 2024Q2 14
     * }</pre>
     *
     * @param facts the tidy facts, not null
     * @return one row per present quarter, in {@link #resultSchema()}, not null
     */
    public Dataset<Row> ytdToDiscrete(Dataset<Row> facts) {
        return SparkJobs.panel(this, facts, PanelJob.Op.DISCRETE, null);
    }

    /**
     * Year-on-year change of the discrete quarters ({@code KpiPanel.yoy}): each quarter against the
     * same fiscal quarter a year earlier, a growth fraction for flows and stocks, a difference in
     * percentage points for ratios; none where either is missing or the base is not meaningful under
     * the convention. With {@link PanelLayout#AS_REPORTED}, each year-to-date figure against the same
     * span a year earlier.
     *
     * <pre>{@code
     * kpi.yoy(facts, GrowthConvention.FILING).count();   // 2: 2024Q1 (12 / 10 − 1) and 2024Q2 (14 / 11 − 1)
     * }</pre>
     *
     * @param facts the tidy facts, not null
     * @param convention how a zero or negative base is treated, not null
     * @return one row per quarter with a growth figure, in {@link #resultSchema()}, not null
     */
    public Dataset<Row> yoy(Dataset<Row> facts, GrowthConvention convention) {
        return SparkJobs.panel(this, facts, PanelJob.Op.YOY, Objects.requireNonNull(convention, "convention"));
    }

    /**
     * Quarter-on-quarter change of the discrete quarters ({@code KpiPanel.qoq}), with the rules of
     * {@link #yoy}.
     *
     * <pre>{@code
     * kpi.qoq(facts, GrowthConvention.FILING).count();   // 5: every quarter after 2023Q1
     * }</pre>
     *
     * @param facts the tidy facts, not null
     * @param convention how a zero or negative base is treated, not null
     * @return one row per quarter with a growth figure, in {@link #resultSchema()}, not null
     */
    public Dataset<Row> qoq(Dataset<Row> facts, GrowthConvention convention) {
        return SparkJobs.panel(this, facts, PanelJob.Op.QOQ, Objects.requireNonNull(convention, "convention"));
    }

    /**
     * Trailing-twelve-month sums of the flows' discrete quarters ({@code KpiPanel.ttm}): each quarter
     * and the three before it, none unless all four are present. Stocks and ratios do not sum over
     * time: each is one row with the core's note ({@code skipped acme/total_assets: a stock does not
     * sum over time, so it has no TTM}).
     *
     * <pre>{@code
     * kpi.ttm(facts).collectAsList();   // 2023Q4 46 (10 + 11 + 12 + 13), 2024Q1 48, 2024Q2 51
     * }</pre>
     *
     * @param facts the tidy facts, not null
     * @return one row per quarter with a TTM figure, in {@link #resultSchema()}, not null
     */
    public Dataset<Row> ttm(Dataset<Row> facts) {
        return SparkJobs.panel(this, facts, PanelJob.Op.TTM, null);
    }

    /**
     * The facts as known on a date: for each figure (series and period, after the basis), the row of
     * the latest report ({@code as_of}) on or before the date; a row without {@code as_of} counts as
     * the oldest report, as in {@link org.kpi4j.fact.FactSet#latest}.
     *
     * <p>These rows are for looking at, not for the panel operations: one row per figure hides the
     * earlier vintages that show a restatement, so a YoY of them could compare two bases. For the YoY
     * as it could be computed on a date, give the operation {@link #filedBy} the date.
     *
     * <pre>{@code
     * Dataset<Row> known = kpi.latestAsOf(facts, LocalDate.of(2025, 3, 31));   // what had been filed
     * }</pre>
     *
     * @param facts the tidy facts, not null
     * @param date the date, not null
     * @return the chosen rows, with the facts' own columns, not null
     */
    public Dataset<Row> latestAsOf(Dataset<Row> facts, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return SparkJobs.latestAsOf(this, facts, date);
    }

    /**
     * The facts filed by a date: every row whose {@code as_of} is on or before it, each vintage of a
     * figure kept, as {@code kpi panel --as-of} and {@link org.kpi4j.fact.FactSet#asOf} take them (an
     * undated row cannot be shown to have been filed by then and is left out). The panel operations
     * on these rows give the figures as they could be computed that day, the restatement rule
     * included, which needs the earlier vintages; bad data (an {@code as_of} that is no date) fails
     * the job as the other operations do.
     *
     * <pre>{@code
     * Dataset<Row> yoyThen = kpi.yoy(kpi.filedBy(facts, LocalDate.of(2025, 3, 31)), GrowthConvention.FILING);
     * }</pre>
     *
     * @param facts the tidy facts, not null
     * @param date the date, not null
     * @return the rows filed by the date, with the facts' own columns, not null
     */
    public Dataset<Row> filedBy(Dataset<Row> facts, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return SparkJobs.filedBy(this, facts, date);
    }

    /**
     * Checks every printed change, flag and CAGR against the facts, as {@code kpi check} does
     * ({@link org.kpi4j.reconcile.Reconciliation#check}): the base from the same report when it
     * printed one, the printed rounding allowed for.
     *
     * <pre>{@code
     * Dataset<Row> checks = kpi.reconcile(facts);
     * long mismatches = checks.filter("status = 'mismatch'").count();   // 0: no change is printed
     * }</pre>
     *
     * @param facts the tidy facts, not null
     * @return one row per printed figure, in {@link #checkSchema()}, not null
     */
    public Dataset<Row> reconcile(Dataset<Row> facts) {
        return SparkJobs.reconcile(this, facts);
    }

    /**
     * The quarter ordinal of a period label under this calendar: fiscal year × 4 + quarter − 1 of the
     * period's last quarter ({@code 2024Q3} and {@code 2024Q1-Q3} give 8098; a date gives its fiscal
     * quarter's), null for a label that is not a period.
     *
     * <pre>{@code
     * facts.withColumn("q", SparkKpi.standard().quarterOrdinal(col("period")));
     * }</pre>
     *
     * @param period a column of period labels, not null
     * @return an integer column, not null
     */
    public Column quarterOrdinal(Column period) {
        UserDefinedFunction f = functions.udf(new QuarterOrdinal(calendar), DataTypes.IntegerType);
        return f.apply(Objects.requireNonNull(period, "period").cast(DataTypes.StringType));
    }

    /**
     * Finds the {@link KpiDataException} behind a failed Spark action: Spark wraps a task's exception
     * in its own ({@code SparkException: Job aborted due to stage failure}), with the original as a
     * cause.
     *
     * <pre>{@code
     * try {
     *     kpi.yoy(facts, GrowthConvention.FILING).count();
     * } catch (Exception e) {
     *     String why = SparkKpi.dataError(e).map(KpiDataException::getMessage).orElseThrow(() -> e);
     * }
     * }</pre>
     *
     * @param failure what the action threw, not null
     * @return the data error, or empty if the failure has another cause
     */
    public static java.util.Optional<KpiDataException> dataError(Throwable failure) {
        return SparkJobs.dataError(failure);
    }
}
