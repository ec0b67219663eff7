package org.kpi4j.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kpi4j.KpiDataException;
import org.kpi4j.Origin;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.fact.ReadOptions;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Percentage;
import org.kpi4j.unit.Unit;

/**
 * Reads Sina's finance-report JSON ({@code getFinanceReport2022}, one statement of one A-share
 * company: {@code lrb} income, {@code fzb} balance sheet, {@code llb} cash flow) into a
 * {@link FactSet}.
 *
 * <p>Each report date is a period: {@code 20250930} is {@code 2025Q1-Q3} for the income and cash
 * flow statements (Chinese reports are cumulative from January) and the instant 2025-09-30 for the
 * balance sheet; {@code publish_date} is the {@code as_of}; {@code item_tongbi}, the printed change
 * on a year earlier as a fraction, becomes the reported change in percent, so that
 * {@link org.kpi4j.reconcile.Reconciliation} checks every one (a balance-sheet item's compares with
 * the same date a year earlier). Items map to metrics by {@code item_field} ({@link #synonyms()}:
 * BIZINCO revenue, BIZCOST cost of revenue, PARENETP net profit attributable, BASICEPS basic EPS,
 * ...), every other item is kept as {@code sina_} and its field in lower case, named by its
 * {@code item_title}. Amounts are in 元 (the report's {@code rCurrency} CNY), earnings per share in
 * 元/股; values keep the decimals the feed's {@code item_precision} gives ({@code f2}: 2). An item
 * without a value (a line that does not apply to the company) is counted in a note.
 *
 * <p>The feed names no company: the entity is the stock code in the file's name
 * ({@code sh603596}) unless {@link ReadOptions#withEntity} gives one. Sina serves each period's
 * latest figures, dated by the report that last printed them (a year's figures republished in the
 * next year's report carry that report's date), so the feed holds one vintage per period.
 *
 * <pre>{@code
 * FactSet f = SinaReports.read(Path.of("sina_lrb_sh600000.json"));   // entity sh600000, from the name
 * Reconciliation.check(f).hasMismatch();                    // false: every printed YoY reproduces
 * f.series("sh600000", "revenue").toDiscreteQuarters();     // single quarters from the cumulative figures
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SinaReports {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern CODE = Pattern.compile("(?i)(?<![a-z])(sh|sz|bj)\\d{6}(?!\\d)");
    private static final Set<String> PER_SHARE = Set.of("BASICEPS", "DILUTEDEPS");

    private static final Map<String, List<String>> STANDARD;

    static {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("revenue", List.of("BIZINCO"));
        m.put("cost_of_revenue", List.of("BIZCOST"));
        m.put("operating_profit", List.of("PERPROFIT"));
        m.put("net_profit", List.of("NETPROFIT"));
        m.put("net_profit_attributable", List.of("PARENETP"));
        m.put("rd_expense", List.of("DEVEEXPE"));
        m.put("eps_basic", List.of("BASICEPS"));
        m.put("eps_diluted", List.of("DILUTEDEPS"));
        m.put("total_assets", List.of("TOTASSET"));
        m.put("total_liabilities", List.of("TOTLIAB"));
        m.put("equity_attributable", List.of("PARESHARRIGH"));
        m.put("total_equity", List.of("RIGHAGGR"));
        m.put("receivables", List.of("ACCORECE"));
        m.put("operating_cash_flow", List.of("MANANETR"));
        m.put("capex", List.of("ACQUASSETCASH"));
        STANDARD = Collections.unmodifiableMap(m);
    }

    private SinaReports() {
    }

    /**
     * Reads a Sina finance-report file with the standard catalog and synonyms.
     *
     * @param file the file, not null
     * @return the facts, not null
     * @throws KpiDataException if the file is missing, unreadable or holds bad data
     */
    public static FactSet read(Path file) {
        return read(file, ReadOptions.defaults());
    }

    /**
     * Reads a Sina finance-report file.
     *
     * @param file the file, not null
     * @param options the catalog, synonyms, the entity (else the stock code in the file name) and a
     *     calendar (else the calendar year, as A-share companies report), not null
     * @return the facts, not null
     * @throws KpiDataException if the file is missing, unreadable or holds bad data, naming the
     *     report date and the item
     */
    public static FactSet read(Path file, ReadOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        String source = file.toString();
        JsonNode root;
        try (InputStream in = Files.newInputStream(file); JsonParser p = MAPPER.getFactory().createParser(in)) {
            root = p.nextToken() == null ? null : JsonTrees.read(p, source);
        } catch (NoSuchFileException e) {
            throw KpiDataException.at(source, 0, null, null, "no such file", e);
        } catch (JsonProcessingException e) {
            throw KpiDataException.at(source, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), null, null,
                    "truncated or malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw KpiDataException.at(source, 0, null, null, "cannot read the file: " + e.getMessage(), e);
        }
        JsonNode reports = root == null ? null : root.path("result").path("data").get("report_list");
        if (reports == null || !reports.isObject()) {
            throw KpiDataException.at(source, 0, null, null, "not a Sina finance-report file: expected "
                    + "{\"result\": {\"data\": {\"report_list\": {\"20250930\": {...}}}}} as getFinanceReport2022 serves it");
        }
        SkipNotes notes = new SkipNotes();
        String entity = options.entity().orElse(null);
        if (entity == null) {
            Matcher m = CODE.matcher(XbrlFacts.fileName(source));
            entity = m.find() ? m.group().toLowerCase(Locale.ROOT) : XbrlFacts.fileName(source).replaceFirst("\\.json$", "");
            if (!m.find(0)) {
                notes.remark("the file name holds no stock code (sh603596), so the entity is '" + entity + "'");
            }
        }
        return new Reader(source, entity, options, notes).read(reports);
    }

    /**
     * Returns the standard synonym table: metric id to Sina {@code item_field} codes, most preferred
     * first.
     *
     * @return the table, unmodifiable, not null
     */
    public static Map<String, List<String>> synonyms() {
        return STANDARD;
    }

    /** One read of one file. */
    private static final class Reader {
        private final String source;
        private final String entity;
        private final MetricCatalog catalog;
        private final FiscalCalendar calendar;
        private final SkipNotes notes;
        private final Map<String, Metric> mapped = new HashMap<>();
        private final Map<String, Integer> rank = new HashMap<>();
        private final Map<String, Metric> derived = new HashMap<>();
        private int empty;

        Reader(String source, String entity, ReadOptions options, SkipNotes notes) {
            this.source = source;
            this.entity = entity;
            this.catalog = options.catalog();
            this.calendar = options.calendar().orElse(FiscalCalendar.calendarYear());
            this.notes = notes;
            Map<String, List<String>> table = new LinkedHashMap<>(STANDARD);
            table.putAll(options.synonyms());
            for (Map.Entry<String, List<String>> e : table.entrySet()) {
                Metric m = catalog.get(e.getKey()).orElseThrow(() -> KpiDataException.at(source, 0, null, null,
                        "the synonym table names metric '" + e.getKey() + "', which is not in the catalog"));
                for (int i = 0; i < e.getValue().size(); i++) {
                    mapped.put(e.getValue().get(i), m);
                    rank.put(e.getValue().get(i), i);
                }
            }
        }

        FactSet read(JsonNode reports) {
            List<Fact> facts = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = reports.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> r = it.next();
                report(r.getKey(), r.getValue(), facts);
            }
            if (empty > 0) {
                notes.remark(empty + " items have no value (lines that do not apply to the company, such as "
                        + "已赚保费 for a manufacturer)");
            }
            return FactSet.of(facts, calendar).withNotes(notes.notes());
        }

        private void report(String dateText, JsonNode report, List<Fact> out) {
            String where = "report " + dateText;
            LocalDate date = date(dateText, where, "report date");
            String currency = report.path("rCurrency").asText("CNY");
            String type = report.path("rType").asText("");
            JsonNode items = report.get("data");
            int n = items == null ? 0 : items.size();
            if (!currency.equals("CNY")) {
                notes.skip("reports in " + currency + ", which is not a kpi4j unit", where + ", " + n + " items");
                return;
            }
            if (!type.isEmpty() && !type.contains("合并")) {
                notes.skip("reports of type " + type + " (not the consolidated statements, 合并)", where);
                return;
            }
            if (items == null || !items.isArray()) {
                throw KpiDataException.at(source, 0, "data", null, where + " has no \"data\" array of items");
            }
            String published = report.path("publish_date").asText("");
            LocalDate asOf = published.isEmpty() ? null : date(published, where, "publish_date");
            String citation = " (" + String.join(", ", List.of(report.path("data_source").asText(""),
                    report.path("is_audit").asText("")).stream().filter(s -> !s.isEmpty()).toList()) + ")";
            Map<Metric, Integer> best = new HashMap<>();
            Map<Fact, String> mine = new LinkedHashMap<>();
            Set<String> fields = new HashSet<>();
            for (JsonNode item : items) {
                String name = item.path("item_field").asText("");
                if (!name.isEmpty() && !fields.add(name)) {
                    throw KpiDataException.at(source, 0, "item_field", name, where + ": item " + KpiDataException.quote(name)
                            + " is given twice; a report prints each item once");
                }
                Fact f = item(item, date, asOf, where, citation, best);
                if (f != null) {
                    mine.put(f, item.path("item_field").asText());
                }
            }
            for (Map.Entry<Fact, String> e : mine.entrySet()) {
                // of two fields that map to one metric, the better ranked counts
                Fact f = e.getKey();
                String field = e.getValue();
                Integer r = rank.get(field);
                if (r == null || r.equals(best.get(f.metric()))) {
                    out.add(f);
                } else {
                    notes.skip(field + " not used for " + f.metric().id() + ": the report also gives a field the "
                            + "synonym table prefers", where);
                }
            }
        }

        private Fact item(JsonNode item, LocalDate date, LocalDate asOf, String where, String citation,
                Map<Metric, Integer> best) {
            String field = item.path("item_field").asText("");
            String title = item.path("item_title").asText(field);
            String at = where + " item " + field + " (" + title + ")";
            if (field.isEmpty()) {
                throw KpiDataException.at(source, 0, "item_field", null, where + ": an item without item_field");
            }
            JsonNode v = item.get("item_value");
            if (v == null || v.isNull() || v.asText().isBlank()) {
                empty++;
                return null;
            }
            String statement = item.path("item_source").asText("");
            boolean instant;
            switch (statement) {
                case "fzb":
                    instant = true;
                    break;
                case "lrb":
                case "llb":
                    instant = false;
                    break;
                default:
                    notes.skip("items of statement '" + statement + "' (expected lrb, fzb or llb)", at);
                    return null;
            }
            Period period;
            if (instant) {
                period = Period.instant(date);
            } else {
                Period q = calendar.quarterOf(date);
                if (!calendar.endDate(q).equals(date)) {
                    notes.skip("flows of a report date that ends no fiscal quarter (" + calendar + ")", at);
                    return null;
                }
                period = Period.ytd(q.year(), q.lastQuarter());
            }
            String precision = item.path("item_precision").asText("");
            boolean perShare = PER_SHARE.contains(field) || precision.startsWith("ps");
            Unit unit = perShare ? Unit.YUAN_PER_SHARE : Unit.YUAN;
            BigDecimal value = decimal(v, at, "item_value", precision);
            Metric m = mapped.get(field);
            if (m == null) {
                try {
                    m = derived.computeIfAbsent(field, k -> Metric.of("sina_" + k.toLowerCase(Locale.ROOT), k, title,
                            instant ? MetricKind.STOCK : MetricKind.FLOW,
                            perShare ? Metric.UnitFamily.PER_SHARE : Metric.UnitFamily.MONEY));
                } catch (IllegalArgumentException e) { // a field Sina never prints, such as BIZ-INCO
                    throw KpiDataException.at(source, 0, "item_field", field, at + ": item_field makes no metric id: "
                            + e.getMessage(), e);
                }
            } else {
                best.merge(m, rank.get(field), Math::min);
            }
            if (!m.family().accepts(unit) || m.instant() != instant) {
                notes.skip(field + " does not fit metric " + m.id() + " (a " + m.kind() + " in "
                        + m.family().name().toLowerCase(Locale.ROOT) + " units)", at);
                return null;
            }
            Fact.Builder b = Fact.builder(entity, m, period, value, unit).asOf(asOf)
                    .source("Sina " + statement + " " + where.substring(7) + " " + field + " " + title + citation)
                    .origin(new Origin(XbrlFacts.fileName(source), 0));
            JsonNode t = item.get("item_tongbi");
            if (t != null && !t.isNull() && !t.asText().isBlank()) {
                b.reportedChangePct(Percentage.ofPercent(decimal(t, at, "item_tongbi", "").movePointRight(2)));
                if (instant) {
                    b.comparisonPeriod(Period.instant(date.minusYears(1)));
                }
            }
            try {
                return b.build();
            } catch (KpiDataException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw KpiDataException.at(source, 0, null, null, at + ": " + e.getMessage(), e);
            }
        }

        /** A number with the decimals {@code f2} gives (more only where the text has nonzero digits). */
        private BigDecimal decimal(JsonNode n, String at, String field, String precision) {
            String text = n.asText().strip(); // a number's text as written (JsonTrees)
            BigDecimal d;
            try {
                if (text.isEmpty()) {
                    throw new IllegalArgumentException(KpiDataException.quote(n.asText()) + " is not a number");
                }
                d = Figures.decimal(text);
            } catch (IllegalArgumentException e) {
                throw KpiDataException.at(source, 0, field, n.asText(), at + ": " + field + " " + e.getMessage(), e);
            }
            d = d.stripTrailingZeros();
            if (d.scale() < 0) {
                d = d.setScale(0);
            }
            if (precision.matches("f\\d")) {
                d = d.setScale(Math.max(d.scale(), precision.charAt(1) - '0'));
            }
            return d;
        }

        private LocalDate date(String text, String where, String what) {
            try {
                return LocalDate.parse(text.strip(), DATE);
            } catch (DateTimeParseException e) {
                throw KpiDataException.at(source, 0, what, text, where + ": " + what + " '" + text
                        + "' is not a date; expected YYYYMMDD", e);
            }
        }
    }
}
