package cn.icpcheck.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A date cell's number, worked out once per day, is the number POI's own date cells hold. */
class WorkbookStylesTest {

    private static final List<LocalDate> DATES = List.of(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 2, 28),
            LocalDate.of(1900, 3, 1), LocalDate.of(1904, 1, 2), LocalDate.of(2026, 11, 30), LocalDate.of(2099, 12, 31));

    @Test
    void aDateCellHoldsTheNumberPoiGivesTheDate() throws IOException {
        for (boolean date1904 : new boolean[] {false, true}) {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                var ct = workbook.getCTWorkbook();
                (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(date1904);
                assertThat(workbook.isDate1904()).isEqualTo(date1904);
                WorkbookStyles styles = new WorkbookStyles(workbook);
                XSSFRow row = workbook.createSheet().createRow(0);
                for (LocalDate date : DATES) {
                    Cell byPoi = row.createCell(0);
                    byPoi.setCellValue(date);
                    // twice: the second time from what was worked out the first
                    for (int i = 0; i < 2; i++) {
                        assertThat(styles.dateValue(date)).as("%s, 1904 dates: %s", date, date1904)
                                .isEqualTo(byPoi.getNumericCellValue());
                    }
                }
            }
        }
    }

    @Test
    void aRowsDateReadsBackAsThatDay() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            XSSFRow row = workbook.createSheet().createRow(0);
            new TableRow(row, styles, new int[] {12, 12}).date(LocalDate.of(2026, 12, 3)).date(null);
            assertThat(row.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 3));
            assertThat(row.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(row.getCell(1).getCellType()).hasToString("BLANK");
        }
    }
}
