package org.kpi4j.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kpi4j.format.Cell;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.KpiTable;

/**
 * Writes a {@link KpiReport} as an Excel workbook ({@code .xlsx}, Apache POI): one sheet per table,
 * the facts with their provenance last. Numbers stay numbers, with a number format derived from
 * each cell's kind and decimals ({@code #,##0.00}, {@code 0.00%}, a signed {@code +0.00%} for
 * changes, {@code +0.00 "pp"} for points), so they can be summed and charted; any text the cell
 * shows beyond the number ({@code ~}, "(printed)") is kept as a literal of the format. Text that a
 * spreadsheet could take for a formula ({@code =}, {@code +}, {@code -}, {@code @} first) is stored
 * as text with Excel's quote prefix, so it is never evaluated.
 *
 * <pre>{@code
 * Path xlsx = ExcelWriter.write(kpiReport, Files.createTempFile("report", ".xlsx"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExcelWriter {

    private ExcelWriter() {
    }

    /**
     * Writes a report as a workbook, replacing the file.
     *
     * @param report the report, not null
     * @param file the file, not null
     * @return the file, not null
     * @throws IOException if it cannot be written
     */
    public static Path write(KpiReport report, Path file) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(file, "file");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Styles styles = new Styles(wb, KpiFormat.of(report.language()));
            Set<String> used = new HashSet<>();
            for (ReportBlock.Table t : report.tables()) {
                sheet(wb, unique(t.id(), used), t.table(), styles);
            }
            wb.write(out);
        }
        return file;
    }

    private static String unique(String id, Set<String> used) {
        String name = id;
        for (int n = 2; used.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = (id.length() + suffix.length() > 31 ? id.substring(0, 31 - suffix.length()) : id) + suffix;
        }
        used.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }

    private static void sheet(Workbook wb, String name, KpiTable t, Styles styles) {
        Sheet sheet = wb.createSheet(name);
        int r = 0;
        int[] width = new int[t.columns().size()];
        if (!t.title().isEmpty()) {
            text(sheet.createRow(r++).createCell(0), t.title(), styles.title, styles);
        }
        Row header = sheet.createRow(r++);
        for (int c = 0; c < t.columns().size(); c++) {
            text(header.createCell(c), t.columns().get(c), styles.header, styles);
            width[c] = KpiTable.displayWidth(t.columns().get(c));
        }
        sheet.createFreezePane(0, r);
        for (List<Cell> row : t.rows()) {
            Row x = sheet.createRow(r++);
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                org.apache.poi.ss.usermodel.Cell out = x.createCell(c);
                if (cell.kind().isNumeric()) {
                    out.setCellValue(cell.value());
                    out.setCellStyle(styles.number(cell));
                } else if (cell.kind() == Cell.Kind.TEXT) {
                    text(out, cell.text(), null, styles);
                }
                width[c] = Math.max(width[c], KpiTable.displayWidth(cell.text()));
            }
        }
        for (String f : t.footnotes()) {
            text(sheet.createRow(++r).createCell(0), f, null, styles);
        }
        for (int c = 0; c < width.length; c++) {
            sheet.setColumnWidth(c, Math.min(80, width[c] + 2) * 256);
        }
    }

    /** A text cell; one that a spreadsheet would read as a formula gets the quote prefix. */
    private static void text(org.apache.poi.ss.usermodel.Cell out, String text, CellStyle style, Styles styles) {
        out.setCellValue(text);
        if (!text.isEmpty() && "=+-@\t\r\n".indexOf(text.charAt(0)) >= 0) {
            out.setCellStyle(style == styles.header ? styles.quotedHeader : styles.quoted);
        } else if (style != null) {
            out.setCellStyle(style);
        }
    }

    /** The workbook's cell styles, one per number format. */
    private static final class Styles {
        final Workbook wb;
        final KpiFormat format;
        final DataFormat formats;
        final CellStyle title;
        final CellStyle header;
        final CellStyle quoted;
        final CellStyle quotedHeader;
        final Map<String, CellStyle> numbers = new HashMap<>();

        Styles(Workbook wb, KpiFormat format) {
            this.wb = wb;
            this.format = format;
            this.formats = wb.createDataFormat();
            Font bold = wb.createFont();
            bold.setBold(true);
            title = wb.createCellStyle();
            title.setFont(bold);
            header = wb.createCellStyle();
            header.setFont(bold);
            quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            quotedHeader = wb.createCellStyle();
            quotedHeader.setFont(bold);
            quotedHeader.setQuotePrefixed(true);
        }

        CellStyle number(Cell cell) {
            String f = pattern(cell);
            return numbers.computeIfAbsent(f, k -> {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(formats.getFormat(k));
                return s;
            });
        }

        /** The number format of a cell, with any text beyond the number as a quoted literal. */
        String pattern(Cell cell) {
            String d = cell.decimals() == 0 ? "" : "." + "0".repeat(cell.decimals());
            String plain;
            String shown;
            switch (cell.kind()) {
                case PERCENT:
                    plain = "0" + d + "%";
                    shown = format.percent(cell.value(), cell.decimals());
                    break;
                case CHANGE:
                    plain = "+0" + d + "%;-0" + d + "%;0" + d + "%";
                    shown = format.change(cell.value(), cell.decimals());
                    break;
                case POINTS:
                    String pp = "\"" + format.pointsSuffix() + "\"";
                    plain = "+0" + d + pp + ";-0" + d + pp + ";0" + d + pp;
                    shown = format.points(cell.value(), cell.decimals());
                    break;
                default:
                    plain = "#,##0" + d;
                    shown = format.number(cell.value(), cell.decimals());
            }
            String extra = cell.text().startsWith(shown) ? cell.text().substring(shown.length()) : "";
            if (extra.isEmpty()) {
                return plain;
            }
            String lit = "\"" + extra.replace("\"", "") + "\"";
            StringBuilder sb = new StringBuilder();
            for (String part : plain.split(";")) {
                sb.append(sb.length() == 0 ? "" : ";").append(part).append(lit);
            }
            return sb.toString();
        }
    }
}
