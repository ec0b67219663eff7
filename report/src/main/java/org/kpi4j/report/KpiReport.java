package org.kpi4j.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kpi4j.charts.ChartOptions;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.format.KpiTable;
import org.kpi4j.format.Language;

/**
 * The report an analyst sends about a fact set: a title, the date it is as of, and sections of
 * paragraphs, tables, charts and notes, every figure taken from the facts. Build it with
 * {@link #of(FactSet, ReportOptions)}; write it with {@link HtmlWriter}, {@link MarkdownWriter} and
 * {@link ExcelWriter}, or all three at once with {@link #writeTo(Path)}.
 *
 * <pre>{@code
 * FactSet facts = Datasets.load("paratera");
 * KpiReport r = KpiReport.of(facts, ReportOptions.of(Language.ZH).withNames(Datasets.names())
 *         .withCatalog(Datasets.catalog()));
 * r.title();                        // "并行科技 KPI 报告"
 * r.sections().get(0).title();      // "主要指标"
 * String html = HtmlWriter.render(r);
 * }</pre>
 *
 * <p>What it holds: the headline (each headline metric's latest fiscal year and latest quarter with
 * the change as filings compare it, computed where the base is in the data, else as printed with the
 * base it implies, and the same figures in sentences); charts chosen by the data; reported CAGRs as
 * projections checked against the printed one-year growth; every printed percentage recomputed; notes;
 * and every fact with its source. A section with nothing to show is left out.
 *
 * <p>This class is immutable and thread-safe (its charts render afresh each time).
 */
public final class KpiReport {

    private final String title;
    private final LocalDate asOf;
    private final Language language;
    private final List<ReportSection> sections;
    private final KpiTable facts;

    private KpiReport(String title, LocalDate asOf, Language language, List<ReportSection> sections, KpiTable facts) {
        this.title = title;
        this.asOf = asOf;
        this.language = language;
        this.sections = List.copyOf(sections);
        this.facts = facts;
    }

    /**
     * Builds the report of a fact set.
     *
     * @param facts the facts, not empty, not null
     * @param options what to show and in which language, not null
     * @return the report, not null
     * @throws IllegalArgumentException if no fact is left once the entity and as-of date are applied,
     *     naming what was asked for
     */
    public static KpiReport of(FactSet facts, ReportOptions options) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(options, "options");
        FactSet f = facts;
        if (options.entity().isPresent()) {
            String e = options.entity().get();
            if (!facts.entities().contains(e)) {
                throw new IllegalArgumentException("no entity '" + e + "' in the facts; entities: " + facts.entities());
            }
            f = f.filter(x -> x.entity().equals(e));
        }
        if (options.asOf().isPresent()) {
            LocalDate d = options.asOf().get();
            f = f.asOf(d);
        }
        if (f.size() == 0) {
            throw new IllegalArgumentException("no facts to report on" + options.asOf().map(d -> " as of " + d).orElse(""));
        }
        Context ctx = new Context(f, options);
        Words w = ctx.words;
        ChartOptions base = (options.language() == Language.ZH ? ChartOptions.zh() : ChartOptions.en())
                .withCatalog(options.catalog());
        ChartOptions chart = options.chartFont().map(base::withFont).orElse(base);
        List<ReportSection> sections = new ArrayList<>();
        List<String> entities = f.entities();
        if (options.has(ReportOptions.Section.HEADLINE)) {
            List<ReportBlock> blocks = new ArrayList<>();
            List<Headline> headlines = new ArrayList<>();
            for (String e : entities) {
                Headline.of(ctx, e).ifPresent(headlines::add);
            }
            for (Headline h : headlines) {
                Story.of(h, ctx).forEach(p -> blocks.add(new ReportBlock.Paragraph(p)));
                String sheet = w.pick("Headline", "主要指标");
                blocks.add(new ReportBlock.Table(headlines.size() == 1 ? sheet : sheet(sheet + " " + w.entity(h.entity)),
                        h.table()));
            }
            add(sections, ReportOptions.Section.HEADLINE, w.pick("Headline", "主要指标"), blocks);
        }
        if (options.has(ReportOptions.Section.CHARTS)) {
            List<ReportBlock> blocks = new ArrayList<>();
            for (String e : entities) {
                blocks.addAll(Figures.of(ctx, e, chart));
            }
            add(sections, ReportOptions.Section.CHARTS, w.pick("Charts", "图表"), blocks);
        }
        if (options.has(ReportOptions.Section.PROJECTIONS)) {
            add(sections, ReportOptions.Section.PROJECTIONS, w.pick("Projections", "预测"), Outlook.of(ctx, chart));
        }
        if (options.has(ReportOptions.Section.CHECKS) && !ctx.checks.rows().isEmpty()) {
            add(sections, ReportOptions.Section.CHECKS, w.pick("Printed percentages, recomputed", "披露增长率核对"),
                    List.of(new ReportBlock.Table(w.pick("Checks", "核对"), Tables.checks(ctx))));
        }
        KpiTable factTable = Tables.facts(ctx);
        if (options.has(ReportOptions.Section.NOTES)) {
            List<String> notes = new ArrayList<>();
            for (Fact x : f.facts()) {
                if (x.approximate()) {
                    notes.add(w.pick("approximate (the source says about / nearly): ", "近似值（原文为“约”或“近”）：")
                            + w.entity(x.entity()) + " · " + w.series(x.metric().id(), x.segment()) + " " + x.period()
                            + " = " + (x.value() == null ? "—" : w.format.value(x.value().doubleValue(), x.decimals(),
                                    x.unit())));
                }
            }
            notes.addAll(Notes.restatements(ctx, entities));
            notes.addAll(Notes.reading(ctx));
            for (ReportSection s : sections) {
                for (ReportBlock b : s.blocks()) {
                    if (b instanceof ReportBlock.Figure fig) {
                        for (String n : fig.chart().notes()) {
                            notes.add(fig.chart().title() + w.pick(": ", "：") + n);
                        }
                    }
                }
            }
            notes.addAll(ctx.notes());
            if (!notes.isEmpty()) {
                add(sections, ReportOptions.Section.NOTES, w.pick("Notes", "说明"),
                        List.of(new ReportBlock.Notes(List.copyOf(new LinkedHashSet<>(notes)))));
            }
        }
        if (options.has(ReportOptions.Section.FACTS)) {
            add(sections, ReportOptions.Section.FACTS, w.pick("Facts", "数据明细"),
                    List.of(new ReportBlock.Table(w.pick("Facts", "数据明细"), factTable)));
        }
        Set<String> names = new LinkedHashSet<>();
        for (String e : entities) {
            if (Headline.of(ctx, e).isPresent()) {
                names.add(w.entity(e));
            }
        }
        if (names.isEmpty()) {
            entities.forEach(e -> names.add(w.entity(e)));
        }
        String title = w.pick("KPI report: " + String.join(", ", names), String.join("、", names) + " KPI 报告");
        LocalDate asOf = f.facts().stream().map(Fact::asOf).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        return new KpiReport(title, asOf, options.language(), sections, factTable);
    }

    /** A sheet name: at most 31 characters, none of []:*?/\ (which Excel refuses). */
    private static String sheet(String name) {
        String id = name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        id = id.length() > 31 ? id.substring(0, 31) : id;
        return id.isBlank() ? "Sheet" : id;
    }

    private static void add(List<ReportSection> sections, ReportOptions.Section kind, String title,
            List<ReportBlock> blocks) {
        if (!blocks.isEmpty()) {
            sections.add(new ReportSection(kind, title, blocks));
        }
    }

    /** @return the title, such as {@code 并行科技 KPI 报告}, not null */
    public String title() {
        return title;
    }

    /**
     * Returns the date of the latest report any fact was printed in.
     *
     * @return the date, or null when no fact carries one
     */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the language of every text in the report, not null */
    public Language language() {
        return language;
    }

    /** @return the sections in reading order, not null */
    public List<ReportSection> sections() {
        return sections;
    }

    /** @return every fact with its source and where it was read, for the workbook's facts sheet, not null */
    public KpiTable facts() {
        return facts;
    }

    /** @return every table of the report, in reading order (the facts table last), not null */
    public List<ReportBlock.Table> tables() {
        List<ReportBlock.Table> out = new ArrayList<>();
        for (ReportSection s : sections) {
            for (ReportBlock b : s.blocks()) {
                if (b instanceof ReportBlock.Table t) {
                    out.add(t);
                }
            }
        }
        if (out.stream().noneMatch(t -> t.table() == facts)) {
            out.add(new ReportBlock.Table("Facts", facts));
        }
        return out;
    }

    /** @return every chart of the report, in reading order, not null */
    public List<ReportBlock.Figure> figures() {
        List<ReportBlock.Figure> out = new ArrayList<>();
        for (ReportSection s : sections) {
            for (ReportBlock b : s.blocks()) {
                if (b instanceof ReportBlock.Figure f) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /**
     * Writes {@code report.html} (self-contained, charts as SVG), {@code report.md} with its charts as
     * PNG files in {@code report-files/}, and {@code report.xlsx} into a folder, creating it if needed
     * and replacing those files.
     *
     * <pre>{@code
     * List<Path> files = kpiReport.writeTo(Files.createTempDirectory("report"));
     * }</pre>
     *
     * @param dir the folder, not null
     * @return the files written, report.html first, not null
     * @throws IOException if a file cannot be written
     */
    public List<Path> writeTo(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        out.add(HtmlWriter.write(this, dir.resolve("report.html")));
        out.addAll(MarkdownWriter.write(this, dir.resolve("report.md")));
        out.add(ExcelWriter.write(this, dir.resolve("report.xlsx")));
        return out;
    }

    @Override
    public String toString() {
        return "KpiReport['" + title + "', " + sections.size() + " sections, " + figures().size() + " charts, "
                + tables().size() + " tables]";
    }
}
