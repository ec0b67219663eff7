package org.kpi4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.format.Cell;
import org.kpi4j.format.KpiTable;
import org.kpi4j.format.Language;

/** report.xlsx read back with POI: every number of every table equals the model's, as a number with its format. */
class ExcelWriterTest {

    @TempDir
    Path dir;

    @Test
    void everyNumberIsTheModelsNumberWithAFormatFromItsKind() throws Exception {
        KpiReport r = Fixtures.seedReport(Language.ZH);
        Path xlsx = ExcelWriter.write(r, dir.resolve("report.xlsx"));
        List<ReportBlock.Table> tables = r.tables();
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(tables.size());
            int numbers = 0;
            for (int s = 0; s < tables.size(); s++) {
                KpiTable t = tables.get(s).table();
                Sheet sheet = wb.getSheetAt(s);
                int first = t.title().isEmpty() ? 1 : 2;   // title row, header row
                for (int i = 0; i < t.rows().size(); i++) {
                    Row row = sheet.getRow(first + i);
                    for (int c = 0; c < t.columns().size(); c++) {
                        Cell cell = t.rows().get(i).get(c);
                        org.apache.poi.ss.usermodel.Cell x = row.getCell(c);
                        if (cell.kind().isNumeric()) {
                            assertThat(x.getCellType()).isEqualTo(CellType.NUMERIC);
                            assertThat(x.getNumericCellValue()).as("%s row %d col %d", sheet.getSheetName(), i, c)
                                    .isEqualTo(cell.value(), within(0.0));
                            numbers++;
                        } else if (cell.kind() == Cell.Kind.TEXT) {
                            assertThat(x.getStringCellValue()).isEqualTo(cell.text());
                        }
                    }
                }
            }
            assertThat(numbers).isGreaterThan(50);
            Sheet headline = wb.getSheetAt(0);
            assertThat(headline.getSheetName()).isEqualTo("主要指标");
            // 65,461.73 万元 (record Q2) as a number formatted with two decimals
            org.apache.poi.ss.usermodel.Cell revenue = headline.getRow(2).getCell(2);
            assertThat(revenue.getNumericCellValue()).isEqualTo(65461.73);
            assertThat(revenue.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            // the printed +51.68% (record Q4) as the fraction 0.5168, signed percent, "(printed)" kept as a literal
            org.apache.poi.ss.usermodel.Cell q1 = headline.getRow(2).getCell(5);
            assertThat(q1.getNumericCellValue()).isEqualTo(0.5168);
            assertThat(q1.getCellStyle().getDataFormatString()).isEqualTo("+0.00%\"（披露）\";-0.00%\"（披露）\";0.00%\"（披露）\"");
            Sheet facts = wb.getSheet("数据明细");
            assertThat(facts).isNotNull();
            // 25 paratera facts + 2 idc-compute facts, under a title and a header
            assertThat(facts.getLastRowNum()).isEqualTo(2 + 27 - 1);
        }
    }
}
