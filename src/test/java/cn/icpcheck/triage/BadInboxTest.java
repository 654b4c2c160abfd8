package cn.icpcheck.triage;

import cn.icpcheck.support.CsvFiles;
import cn.icpcheck.testing.Command;
import cn.icpcheck.testing.ReportFiles;
import cn.icpcheck.testing.StateDatabase;
import cn.icpcheck.testing.StateDatabase.Platform;
import cn.icpcheck.testing.TestExport;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static cn.icpcheck.testing.TestExport.DAY_1;
import static cn.icpcheck.testing.TestExport.DAY_2;
import static cn.icpcheck.triage.ThreeNightsTest.id;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever is dropped in the inbox, the run exits 0: files that cannot be read are refused whole, rows
 * that cannot apply are rejected with their reason, and the other rows apply (triage.md, Bad input).
 */
class BadInboxTest {

    @TempDir
    Path dir;

    @Test
    void refusedFilesAndRejectedRowsNeverFailTheRun() throws Exception {
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        try (StateDatabase database = StateDatabase.create(Platform.HSQLDB, dir.resolve("state"))) {
            Command command = Command.in(dir, database);
            Path inbox = command.inbox();
            assertThat(command.run(input, DAY_1)).isZero();
            Path workbook = command.reports(DAY_1).resolve("compliance-report.xlsx");
            List<Map<String, String>> findings = CsvFiles.read(command.reports(DAY_1).resolve("findings.csv"));
            String a = id(findings, "CONTACT_MOBILE_INVALID", 1, "subject_principal");
            String b = id(findings, "CONTACT_MOBILE_INVALID", 5, "subject_principal");
            String c = id(findings, "DOMAIN_EXPIRED", 2, null);
            String d = id(findings, "DOMAIN_EXPIRED", 7, null);
            String e = id(findings, "DOMAIN_EXPIRED", 12, null);
            String f = id(findings, "DOMAIN_EXPIRED", 17, null);
            String g = id(findings, "DOMAIN_NOT_VERIFIED", 3, null);
            String h = id(findings, "DOMAIN_NOT_VERIFIED", 9, null);

            Files.createDirectories(inbox);
            // a workbook of someone else's: no finding id column anywhere
            try (XSSFWorkbook foreign = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(inbox.resolve("foreign.xlsx"))) {
                foreign.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("name");
                foreign.write(out);
            }
            // a zip that breaks off, and a text file named .xlsx
            byte[] whole = Files.readAllBytes(workbook);
            Files.write(inbox.resolve("corrupt.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
            Files.writeString(inbox.resolve("notes.xlsx"), "just some text");
            // the workbook, encrypted with a password
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
                encryptor.confirmPassword("secret");
                try (OutputStream out = encryptor.getDataStream(fs)) {
                    Files.copy(workbook, out);
                }
                try (OutputStream out = Files.newOutputStream(inbox.resolve("encrypted.xlsx"))) {
                    fs.writeFilesystem(out);
                }
            }
            // over 100 MB (sparse: nothing is read, so memory stays small)
            try (RandomAccessFile huge = new RandomAccessFile(inbox.resolve("huge.xlsx").toFile(), "rw")) {
                huge.setLength(100L * 1024 * 1024 + 1);
            }
            // a zip bomb: one sheet of 200 MB of blanks, a few hundred kB compressed
            zipBomb(workbook, inbox.resolve("bomb.xlsx"));
            // bulk decisions, some of them wrong
            String longNote = "x".repeat(1_001);
            Files.writeString(inbox.resolve("bulk.csv"), "\uFEFFfinding_id,status,note,review_by,decided_by\r\n"
                    + a + ",已联系,,,ops\r\n"
                    + b + ",maybe,,,ops\r\n"
                    + c + ",waived,,,ops\r\n"
                    + "FZZZZZZZZZZZZ,contacted,,,ops\r\n"
                    + d + ",contacted,,,ops\r\n"
                    + d + ",RESOLVED,,,ops\r\n"
                    + e + ",Not needed,in transfer,2020-01-01,ops\r\n"
                    + f + ",waived,registrar lag,2031-01-01,ops\r\n"
                    + g + ",resolved," + longNote + ",,ops\r\n"
                    + h + ",Waived,false alarm,not a date,ops\r\n", StandardCharsets.UTF_8);
            Files.copy(inbox.resolve("bulk.csv"), inbox.resolve("bulk again.csv"));
            Files.writeString(inbox.resolve("中文.csv"), "编号,处理状态,备注\n" + g + ",无需处理,误报\n", StandardCharsets.UTF_8);
            // the files are taken oldest first
            String[] order = {"foreign.xlsx", "corrupt.xlsx", "notes.xlsx", "encrypted.xlsx", "huge.xlsx", "bomb.xlsx",
                    "bulk.csv", "bulk again.csv", "中文.csv"};
            for (int i = 0; i < order.length; i++) {
                Files.setLastModifiedTime(inbox.resolve(order[i]), FileTime.from(Instant.parse("2026-11-30T10:00:00Z").plusSeconds(i)));
            }

            assertThat(command.run(input, DAY_2)).isZero();

            Path reports = command.reports(DAY_2);
            List<Map<String, String>> rows = CsvFiles.read(reports.resolve("triage-import.csv"));
            assertThat(CsvFiles.project(rows.subList(0, 6), "file", "outcome")).containsExactly(
                    "foreign.xlsx|refused", "corrupt.xlsx|refused", "notes.xlsx|refused", "encrypted.xlsx|refused",
                    "huge.xlsx|refused", "bomb.xlsx|refused");
            assertThat(rows.get(0).get("reason")).contains("no finding id column");
            assertThat(rows.get(1).get("reason")).startsWith("cannot be read as an xlsx workbook");
            assertThat(rows.get(2).get("reason")).isEqualTo("not an xlsx workbook");
            assertThat(rows.get(3).get("reason")).startsWith("encrypted");
            assertThat(rows.get(4).get("reason")).isEqualTo("file too large: 104857601 bytes, at most 104857600");
            assertThat(rows.get(5).get("reason")).containsIgnoringCase("zip bomb");
            assertThat(CsvFiles.project(rows.subList(6, rows.size()), "file", "row", "finding_id", "outcome", "status",
                    "reason")).containsExactly(
                    "bulk.csv|2|" + a + "|applied|contacted|",
                    "bulk.csv|3|" + b + "|rejected|maybe|unknown status 'maybe'",
                    "bulk.csv|4|" + c + "|rejected|waived|a waiver needs a note: the reason",
                    "bulk.csv|5|FZZZZZZZZZZZZ|rejected|contacted|unknown finding id: the history never saw it",
                    "bulk.csv|6|" + d + "|rejected|contacted|the same finding id twice in this file with different decisions",
                    "bulk.csv|7|" + d + "|rejected|resolved|the same finding id twice in this file with different decisions",
                    "bulk.csv|8|" + e + "|rejected|waived|review-by 2020-01-01 is already past",
                    "bulk.csv|9|" + f + "|applied|waived|review-by 2031-01-01 cut to 2027-12-01 (at most 365 days)",
                    "bulk.csv|10|" + g + "|rejected|resolved|note too long: 1001 characters, at most 1000",
                    "bulk.csv|11|" + h + "|rejected|waived|review-by is not a date: 'not a date'",
                    "中文.csv|2|" + g + "|applied|waived|");
            for (String refused : List.of("foreign.xlsx", "corrupt.xlsx", "notes.xlsx", "encrypted.xlsx", "huge.xlsx", "bomb.xlsx")) {
                assertThat(inbox.resolve("refused/" + DAY_2 + "/" + refused)).exists();
            }
            for (String imported : List.of("bulk.csv", "bulk again.csv", "中文.csv")) {
                assertThat(inbox.resolve("imported/" + DAY_2 + "/" + imported)).exists();
            }
            try (var left = Files.list(inbox)) {
                assertThat(left.filter(Files::isRegularFile)).isEmpty();
            }
            List<Map<String, String>> tonight = CsvFiles.read(reports.resolve("findings.csv"));
            assertThat(ThreeNightsTest.status(tonight, a)).isEqualTo("contacted");
            assertThat(ThreeNightsTest.status(tonight, f)).isEqualTo("waived");
            assertThat(ThreeNightsTest.status(tonight, g)).isEqualTo("waived");
            assertThat(ThreeNightsTest.status(tonight, b)).isEqualTo("pending");
            assertThat(ThreeNightsTest.cellsOf(reports.resolve("compliance-report.xlsx"), g)).contains("误报",
                    DAY_2.plusDays(90).toString(), "unknown");
            JsonNode triage = ReportFiles.summary(reports).get("triage");
            assertThat(triage.get("files").get("refused").asInt()).isEqualTo(6);
            assertThat(triage.get("files").get("imported").asInt()).isEqualTo(3);
            assertThat(triage.get("rows").get("applied").asInt()).isEqualTo(3);
            assertThat(triage.get("rows").get("rejected").asInt()).isEqualTo(8);
            assertThat(triage.get("rows").get("conflict").asInt()).isZero();
        }
    }

    /** The workbook with its first sheet's XML padded to 200 MB of blanks: POI's inflate-ratio guard refuses it. */
    private static void zipBomb(Path workbook, Path target) throws Exception {
        try (ZipFile zip = new ZipFile(workbook.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
    }
}
