package cn.icpcheck.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

class TempSheetWriterTest {

    private static final long SEED = 20261204;

    @TempDir
    Path dir;

    /** Text of every kind a cell may be given: markup, line ends, controls, surrogates, edges of white space. */
    private static final String[] AWKWARD = {
        "京ICP备10115072号", "a<b>&\"c'", "line\nbreak\r\n", "tab\there", "\u00A0nbsp", " leading", "trailing ",
        "\u0000\u0001\u001F control", "not a character \uFFFE\uFFFF", "emoji \uD83D\uDE00 pair", "lone \uD83D high",
        "lone \uDE00 low", "\uD83D", "=SUM(A1)", "'quoted", "x", "\u3000全角空格\u3000", "𠀀𪚥 extension B",
    };

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
        Path file = Files.write(Files.createTempFile(dir, "workbook", ".xlsx"), xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }
}
