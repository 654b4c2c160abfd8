package cn.icpcheck.report;

import cn.icpcheck.rules.Severity;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static cn.icpcheck.report.ReportFixtures.PROVINCES;
import static cn.icpcheck.report.ReportFixtures.zh;
import static org.assertj.core.api.Assertions.assertThat;

class TempSheetWriterTest {

    private static final long SEED = 20261204;
    /** The rows of the table a test writes, and the most rows of a sheet, header included. */
    private static final int ROWS = 300;
    private static final int ROW_LIMIT = 120;

    @TempDir
    Path dir;

    /** Text of every kind a cell may be given: markup, line ends, controls, surrogates, edges of white space. */
    private static final String[] AWKWARD = {
        "京ICP备10115072号", "a<b>&\"c'", "line\nbreak\r\n", "tab\there", "\u00A0nbsp", " leading", "trailing ",
        "\u0000\u0001\u001F control", "not a character \uFFFE\uFFFF", "emoji \uD83D\uDE00 pair", "lone \uD83D high",
        "lone \uDE00 low", "\uD83D", "=SUM(A1)", "'quoted", "x", "\u3000全角空格\u3000", "𠀀𪚥 extension B",
    };

    @Test
    void writesNumbersAsDoubleToStringAndFloatToStringDo() {
        List<Double> numbers = new ArrayList<>(List.of(0.0, -0.0, 0.5, -0.5, 1e-3, 9.99e-4, 45_000.25, 1.0 / 3,
                9_999_999.0, -9_999_999.0, 9_999_999.5, 1e7, -1e7, 1e7 + 1, 12_345_678_901.0, 1e300, -1e-300,
                Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                (double) Long.MAX_VALUE, (double) Long.MIN_VALUE));
        for (int i = -100_000; i <= 100_000; i++) {
            numbers.add((double) i);
        }
        for (int i = -200; i <= 200; i++) {
            numbers.add(1e7 + i);
            numbers.add(-1e7 + i);
        }
        Random random = new Random(SEED);
        for (int i = 0; i < 100_000; i++) {
            numbers.add((double) (random.nextInt(20_000_001) - 10_000_000));
            numbers.add(random.nextDouble() * 2e7 - 1e7);
            numbers.add(Double.longBitsToDouble(random.nextLong()));
        }
        for (double n : numbers) {
            assertThat(TempSheetWriter.decimal(n)).as("%s", n).isEqualTo(Double.toString(n));
            float f = (float) n;
            assertThat(TempSheetWriter.decimal(f)).as("%s", f).isEqualTo(Float.toString(f));
        }
        // the rows' heights, in twentieths of a point, as a table sets them
        for (int twentieths = 0; twentieths <= 409 * 20; twentieths++) {
            float height = (float) ((short) twentieths / 20.0);
            assertThat(TempSheetWriter.decimal(height)).isEqualTo(Float.toString(height));
        }
    }

    @Test
    void writesTheCellsAsPoisOwnWriterDoesCharacterForCharacter() throws IOException {
        byte[] ours = workbook(new Random(SEED), true);
        byte[] pois = workbook(new Random(SEED), false);

        String oursXml = sheet(ours);
        assertThat(oursXml).contains("<c r=\"A2\"", "<c r=\"AA", "<c r=\"DE").containsPattern(" s=\"2[6-9][0-9]\"")
                .contains("&#xa;", "&lt;", "?", "xml:space=\"preserve\"")
                // and the kinds of cell it leaves to POI
                .contains("<f>", "t=\"b\"");
        assertThat(oursXml).isEqualTo(sheet(pois));
    }

    @Test
    void longTextsAreEncodedAsJavasEncoderEncodesThem() throws IOException {
        // texts as long as a cell may hold, the row's buffer grown for them, with pairs of
        // surrogates starting at even and odd places and surrogates without their pair
        String[] texts = {"\uD83D\uDE00".repeat(16_000), "x" + "\uD83D\uDE00".repeat(16_000),
            "京".repeat(32_000) + "\uD83D", "é".repeat(32_767), "\uDE00\uD83D".repeat(16_000)};
        String ours = sheet(longTexts(texts, true));
        assertThat(ours).isEqualTo(sheet(longTexts(texts, false)))
                // U+1F600 in four bytes, and a surrogate without its pair as ?
                .contains(">" + "\u00F0\u009F\u0098\u0080".repeat(16_000) + "<", "\u00E4\u00BA\u00AC?</t>");
    }

    private static byte[] longTexts(String[] texts, boolean ours) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 10, false) {
            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                return ours ? new TempSheetWriter() : super.createSheetDataWriter();
            }
        }) {
            Sheet sheet = workbook.createSheet("s");
            for (int r = 0; r < texts.length; r++) {
                sheet.createRow(r).createCell(r).setCellValue(texts[r]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aTablesRowsWrittenWithoutPoisRowsAreTheRowsPoiWouldWrite() throws IOException {
        // the same rows through a table, as the reports write them, and through POI's rows, cells and
        // writer; 300 rows on sheets of at most 120, header included
        byte[] ours = table(new Random(SEED), true);
        byte[] pois = table(new Random(SEED), false);

        assertThat(sheet(ours, 1)).contains("<dimension ref=\"A1:AD120\"/>", "customHeight=\"1\" ht=\"409.0\"",
                "ht=\"30.0\"", "t=\"n\"><v>", "xml:space=\"preserve\"", "&#xa;", "s=\"").contains("></c>");
        assertThat(sheet(ours, 3)).contains("<dimension ref=\"A1:AD63\"/>");
        for (int sheet = 1; sheet <= 3; sheet++) {
            assertThat(dimensionAndRows(sheet(ours, sheet))).as("sheet %d", sheet)
                    .isEqualTo(dimensionAndRows(sheet(pois, sheet)));
        }
    }

    /** A table of {@link #ROWS} rows of 30 columns, every kind of cell a table's row makes, some rows high. */
    private static byte[] table(Random random, boolean ours) throws IOException {
        List<ReportTable.Column> columns = new ArrayList<>();
        for (int c = 0; c < 30; c++) {
            columns.add(new ReportTable.Column("column " + c + (c % 7 == 0 ? " with a header too long for it" : ""),
                    4 + c % 9));
        }
        int[] widths = columns.stream().mapToInt(ReportTable.Column::width).toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (ours) {
            StreamedWorkbook.write(out, new WorkbookLabels(zh(), PROVINCES), "title", ROW_LIMIT, ctx -> {
                ReportTable table = new ReportTable(ctx, "t", columns);
                for (int r = 0; r < ROWS; r++) {
                    fill(table.row(), random);
                }
                table.finish();
            });
            return out.toByteArray();
        }
        XSSFWorkbook base = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(base);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(base, 10)) {
            for (int written = 0, sheets = 1; written < ROWS; sheets++) {
                Sheet sheet = workbook.createSheet("t" + sheets);
                TableRow header = new TableRow(sheet.createRow(0), styles, widths);
                columns.forEach(c -> header.header(c.header()));
                for (int r = 1; r < ROW_LIMIT && written < ROWS; r++, written++) {
                    fill(new TableRow(sheet.createRow(r), styles, widths), random);
                }
            }
            workbook.write(out);
        }
        return out.toByteArray();
    }

    private static void fill(TableRow row, Random random) {
        for (int c = 0; c < 30; c++) {
            switch (random.nextInt(11)) {
                case 0 -> row.text(AWKWARD[random.nextInt(AWKWARD.length)]);
                case 1 -> row.text(random.nextBoolean() ? randomText(random) : null);
                // a line or two, or more lines than a row may be high
                case 2 -> row.wrapped(randomText(random) + "\n" + randomText(random)
                        + (random.nextInt(10) == 0 ? "\n".repeat(40) : ""));
                case 3 -> row.date(random.nextBoolean() ? LocalDate.of(2026, 1, 1).plusDays(random.nextInt(800)) : null);
                case 4 -> row.days(random.nextBoolean() ? (long) (random.nextInt(2_000) - 1_000) : null);
                case 5 -> row.count(random.nextInt(100_000));
                case 6 -> row.total(random.nextInt(100_000));
                case 7 -> row.label(randomText(random));
                case 8 -> row.severity(Severity.values()[random.nextInt(4)], "严重");
                case 9 -> row.text("");
                default -> row.wrapped(null);
            }
        }
    }

    /** The sheet's dimension and its rows, without what else a sheet holds. */
    private static String dimensionAndRows(String sheetXml) {
        Matcher dimension = Pattern.compile("<dimension [^>]*>").matcher(sheetXml);
        assertThat(dimension.find()).isTrue();
        return dimension.group() + sheetXml.substring(sheetXml.indexOf("<sheetData>"), sheetXml.indexOf("</sheetData>"));
    }

    /** Rows well past the window of rows kept in memory, columns past Z and CV, gaps, every kind of cell. */
    private static byte[] workbook(Random random, boolean ours) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 10, false) {
            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                return ours ? new TempSheetWriter() : super.createSheetDataWriter();
            }
        }) {
            // more styles than the writer names ahead, as for columns below
            CellStyle[] styles = new CellStyle[300];
            for (int i = 0; i < styles.length; i++) {
                styles[i] = workbook.createCellStyle();
                styles[i].setIndention((short) (i % 15));
            }
            Sheet sheet = workbook.createSheet("s");
            for (int r = 0; r < 300; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 110; c += 1 + random.nextInt(4)) {
                    Cell cell = row.createCell(c);
                    if (random.nextBoolean()) {
                        cell.setCellStyle(styles[random.nextInt(styles.length)]);
                    }
                    switch (random.nextInt(8)) {
                        case 0 -> cell.setCellValue(AWKWARD[random.nextInt(AWKWARD.length)]);
                        case 1 -> cell.setCellValue(randomText(random));
                        case 2 -> cell.setCellValue(random.nextInt(2_000_000) - 1_000_000);
                        case 3 -> cell.setCellValue(random.nextDouble() * 1e6);
                        case 4 -> cell.setCellValue(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(800)));
                        case 5 -> cell.setCellValue(random.nextBoolean());
                        case 6 -> cell.setCellFormula("A1+" + r);
                        default -> cell.setBlank();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x10000) : 0x20 + random.nextInt(0x60)));
        }
        return text.toString();
    }

    private String sheet(byte[] xlsx) throws IOException {
        return sheet(xlsx, 1);
    }

    /** The sheet's XML byte for byte: each byte read as the character of the same number. */
    private String sheet(byte[] xlsx, int number) throws IOException {
        Path file = Files.write(Files.createTempFile(dir, "workbook", ".xlsx"), xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + number + ".xml")).readAllBytes(),
                    StandardCharsets.ISO_8859_1);
        }
    }
}
