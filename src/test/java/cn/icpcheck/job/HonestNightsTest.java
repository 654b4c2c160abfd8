package cn.icpcheck.job;

import cn.icpcheck.input.ExportFile;
import cn.icpcheck.support.CsvFiles;
import cn.icpcheck.testing.Command;
import cn.icpcheck.testing.HistorySnapshot;
import cn.icpcheck.testing.ReportFiles;
import cn.icpcheck.testing.TestExport;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static cn.icpcheck.testing.TestExport.DAY_1;
import static cn.icpcheck.testing.TestExport.DAY_2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * operations.md, "A broken export fails the run" and "A failed run still reports what it read":
 * the exit code, the message, and what is and is not written, through {@link NightlyCommand#run}.
 */
@ExtendWith(OutputCaptureExtension.class)
class HonestNightsTest {

    @TempDir
    Path dir;
    Path input;
    Command command;

    @BeforeEach
    void export() throws Exception {
        input = TestExport.dayOne().writeTo(dir.resolve("input"));
        command = Command.embedded(dir);
    }

    @AfterEach
    void closeDatabase() {
        command.database().close();
    }

    // ---- a broken export fails the run -------------------------------------------------------

    @Test
    void linesLostToAnUnterminatedQuoteFailTheRunAndAreReported(CapturedOutput output) throws Exception {
        int total = TestExport.unterminatedQuoteOnLine3(input.resolve("services.csv"));

        assertThat(command.run(input, DAY_1)).isEqualTo(ExitCodes.FAILED);

        String lost = "lines 3–" + total + " could not be read";
        assertThat(output.getErr()).contains("services.csv: " + lost);
        List<Map<String, String>> rejects = CsvFiles.read(command.reports(DAY_1).resolve("rejects.csv"));
        assertThat(rejects).filteredOn(r -> r.get("file").equals("services.csv"))
                .extracting(r -> r.get("line") + " " + r.get("reason"))
                .containsExactly("3 malformed CSV: " + lost);
        JsonNode summary = ReportFiles.summary(command.reports(DAY_1));
        assertThat(summary.get("status").asText()).isEqualTo("FAILED");
        assertThat(summary.get("failure").asText()).contains("services.csv: " + lost);
        JsonNode servicesCounts = summary.get("inputs").get("services.csv");
        assertThat(servicesCounts.get("lines_lost").asInt()).isEqualTo(total - 2);
        assertThat(servicesCounts.get("rejected").asInt()).isEqualTo(total - 2);
        assertThat(summary.get("inputs").get("subjects.csv").get("lines_lost").asInt()).isZero();
        assertNoHalfTruths(DAY_1);
    }

    @Test
    void eachLostLineCountsAsARejectedRow(CapturedOutput output) throws Exception {
        TestExport.unterminatedQuoteOnLine3(input.resolve("services.csv"));

        assertThat(command.run(input, DAY_1, "--max-rejects=20")).isEqualTo(ExitCodes.FAILED);
        assertThat(output.getErr()).contains("more than 20 input rows rejected");
    }

    @Test
    void aHeaderOnlyRequiredFileAfterANormalNightFailsTheRun(CapturedOutput output) throws Exception {
        assertThat(command.run(input, DAY_1)).isZero();
        Path subjects = input.resolve("subjects.csv");
        Files.writeString(subjects, Files.readAllLines(subjects).get(0) + "\n");

        assertThat(command.run(input, DAY_2)).isEqualTo(ExitCodes.FAILED);

        assertThat(output.getErr()).contains("subjects.csv has no accepted row (0 rejected)");
        assertThat(ReportFiles.summary(command.reports(DAY_2)).get("status").asText()).isEqualTo("FAILED");
        assertNoHalfTruths(DAY_2);
        assertThat(HistorySnapshot.of(command.database(), DAY_2).run()).as("no history recorded").isEmpty();
    }

    @Test
    void aFileOfOnlyRejectedRowsFailsTheRunNamingHowManyWereRejected(CapturedOutput output) throws Exception {
        // services.csv exported in GB18030 but read as UTF-8: every row's words are unknown
        Path services = input.resolve("services.csv");
        Files.writeString(services, Files.readString(services), Charset.forName("GB18030"));

        assertThat(command.run(input, DAY_1)).isEqualTo(ExitCodes.FAILED);

        assertThat(output.getErr()).contains("services.csv has no accepted row (41 rejected)");
        assertThat(CsvFiles.read(command.reports(DAY_1).resolve("rejects.csv")))
                .filteredOn(r -> r.get("file").equals("services.csv")).hasSize(41);
    }

    @Test
    void aRequiredFileThatShrankFailsTheRunUnlessMaxShrinkAllowsIt(CapturedOutput output) throws Exception {
        assertThat(command.run(input, DAY_1)).isZero();
        TestExport.sample(20).writeTo(input);

        assertThat(command.run(input, DAY_2)).isEqualTo(ExitCodes.FAILED);
        assertThat(output.getErr()).contains("subjects.csv has 20 accepted rows, fewer than 80% of the 40 accepted "
                + "by the last completed run (2026-11-30)", "--max-shrink=100");
        assertNoHalfTruths(DAY_2);

        assertThat(command.run(input, DAY_2, "--max-shrink=49")).isEqualTo(ExitCodes.FAILED);
        assertThat(output.getErr()).contains("fewer than 51% of the 40");
        assertThat(command.run(input, DAY_2, "--max-shrink=50")).isZero();
        assertThat(ReportFiles.summary(command.reports(DAY_2)).get("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void aShrinkWithinTheLimitPasses() throws Exception {
        assertThat(command.run(input, DAY_1)).isZero();
        TestExport.sample(32).writeTo(input);
        assertThat(command.run(input, DAY_2)).isZero();
    }

    @Test
    void aMaxShrinkOutsideZeroToHundredIsAUsageError(CapturedOutput output) {
        assertThat(command.run(input, DAY_1, "--max-shrink=101")).isEqualTo(ExitCodes.USAGE);
        assertThat(output.getErr()).contains("--max-shrink must be a whole number from 0 to 100, not '101'");
    }

    @Test
    void tooManyRejectsStillWriteRejectsAndSummary(CapturedOutput output) throws Exception {
        assertThat(command.run(input, DAY_1, "--max-rejects=2")).isEqualTo(ExitCodes.FAILED);

        assertThat(CsvFiles.read(command.reports(DAY_1).resolve("rejects.csv"))).hasSizeGreaterThanOrEqualTo(2);
        JsonNode summary = ReportFiles.summary(command.reports(DAY_1));
        assertThat(summary.get("status").asText()).isEqualTo("FAILED");
        assertThat(summary.get("failure").asText()).startsWith("more than 2 input rows rejected");
        assertThat(summary.get("findings").isNull()).isTrue();
        assertNoHalfTruths(DAY_1);
    }

    // ---- rejected cells and the workbook -------------------------------------------------------

    @Test
    void anOverLongCellIsRejectedAndCutInTheWorkbook() throws Exception {
        String name = "名".repeat(40_000);
        TestExport.dayOne().set(ExportFile.SUBJECTS, TestExport.subjectNo(7), "holder_name", name).writeTo(input);

        assertThat(command.run(input, DAY_1)).isZero();

        List<Map<String, String>> rejects = CsvFiles.read(command.reports(DAY_1).resolve("rejects.csv"));
        assertThat(rejects).filteredOn(r -> r.get("column").equals("holder_name"))
                .extracting(r -> r.get("file") + " " + r.get("line") + " " + r.get("reason"))
                .containsExactly("subjects.csv 8 value too long: 40000 characters, at most 4096");
        try (InputStream in = Files.newInputStream(command.reports(DAY_1).resolve("compliance-report.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            String value = null;
            for (Sheet sheet : book) {
                for (var row : sheet) {
                    if (row.getCell(2) != null && row.getCell(3) != null
                            && "holder_name".equals(row.getCell(2).toString())) {
                        value = row.getCell(3).getStringCellValue();
                    }
                }
            }
            assertThat(value).hasSize(32_767).endsWith("名…");
        }
    }

    @Test
    void aControlCharacterRejectsItsRow() throws Exception {
        TestExport.dayOne().set(ExportFile.DOMAINS, TestExport.domain(8), "registrar", "bad\u0000registrar")
                .writeTo(input);

        assertThat(command.run(input, DAY_1)).isZero();

        assertThat(CsvFiles.read(command.reports(DAY_1).resolve("rejects.csv")))
                .filteredOn(r -> r.get("column").equals("registrar"))
                .extracting(r -> r.get("file") + " " + r.get("reason"))
                .containsExactly("domains.csv control character U+0000 in value");
    }

    // ---- ambiguous files and charsets (usage errors) -------------------------------------------

    @Test
    void aColumnNamedTwiceIsAUsageError(CapturedOutput output) throws Exception {
        Path subjects = input.resolve("subjects.csv");
        List<String> lines = Files.readAllLines(subjects);
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + (i == 0 ? ",主体备案号" : ",x"));
        }
        Files.write(subjects, lines);

        assertThat(command.run(input, DAY_1)).isEqualTo(ExitCodes.USAGE);
        assertThat(output.getErr()).contains("subjects.csv: column 'subject_no' (主体备案号) appears 2 times in the header");
        assertThat(dir.resolve("state")).as("nothing started").doesNotExist();
    }

    @Test
    void anOptionalFileThatIsAFolderIsAUsageError(CapturedOutput output) throws Exception {
        Files.delete(input.resolve("instances.csv"));
        Files.createDirectory(input.resolve("instances.csv"));

        assertThat(command.run(input, DAY_1)).isEqualTo(ExitCodes.USAGE);
        assertThat(output.getErr()).contains("instances.csv in " + input + " is not a readable regular file");
    }

    @Test
    void aMissingColumnInAMisdecodedHeaderSuggestsTheCharset(CapturedOutput output) throws Exception {
        Path instances = input.resolve("instances.csv");
        Files.writeString(instances, "实例ID,客户ID,状态\ni-1,C1,运行中\n", Charset.forName("GB18030"));

        assertThat(command.run(input, DAY_1)).isEqualTo(ExitCodes.USAGE);
        assertThat(output.getErr()).contains("instances.csv: required column 'instance_id'", "--input-charset");
    }

    @Test
    void aMissingColumnInAWellDecodedHeaderDoesNotMentionTheCharset(CapturedOutput output) throws Exception {
        Path instances = input.resolve("instances.csv");
        Files.writeString(instances, "实例,客户ID,状态\ni-1,C1,运行中\n");

        assertThat(command.run(input, DAY_1)).isEqualTo(ExitCodes.USAGE);
        assertThat(output.getErr()).contains("instances.csv: required column 'instance_id'")
                .doesNotContain("--input-charset");
    }

    // ---- the run date ---------------------------------------------------------------------------

    @Test
    void aRunDateLaterThanTomorrowIsAUsageError(CapturedOutput output) {
        assertThat(command.run(input, LocalDate.of(2062, 11, 30))).isEqualTo(ExitCodes.USAGE);
        assertThat(output.getErr()).contains("--run-date 2062-11-30 is later than tomorrow");
        assertThat(dir.resolve("state")).as("nothing started").doesNotExist();

        LocalDate tomorrow = LocalDate.now(RunOptions.CHINA).plusDays(1);
        assertThat(RunOptions.parse("--run-date=" + tomorrow).runDate()).isEqualTo(tomorrow);
        assertThat(RunOptions.parse("--run-date=2020-01-01").runDate()).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    // ---- summary.json -----------------------------------------------------------------------------

    @Test
    void summaryJsonSaysWhatRanOnWhatAndWhen() throws Exception {
        assertThat(command.run(input, DAY_1)).isZero();

        JsonNode summary = ReportFiles.summary(command.reports(DAY_1));
        assertThat(summary.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(summary.get("failure").isNull()).isTrue();
        assertThat(summary.get("version").asText()).isNotBlank().isNotEqualTo("unknown");
        assertThat(summary.get("started_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
        assertThat(summary.get("finished_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
        assertThat(summary.get("input").asText()).isEqualTo(input.toAbsolutePath().toString());
        JsonNode subjects = summary.get("inputs").get("subjects.csv");
        Path file = input.resolve("subjects.csv");
        assertThat(subjects.get("bytes").asLong()).isEqualTo(Files.size(file));
        assertThat(subjects.get("sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        assertThat(subjects.get("read").asInt()).isEqualTo(41);
        assertThat(subjects.get("rejected").asInt()).isEqualTo(1);
        assertThat(subjects.get("lines_lost").asInt()).isZero();
        assertThat(summary.get("by_province").get("浙").asInt()).isEqualTo(summary.get("findings").get("total").asInt())
                .isEqualTo(43);
    }

    /** A failed run writes no findings, workbook or contact list. */
    private void assertNoHalfTruths(LocalDate runDate) {
        Path reports = command.reports(runDate);
        assertThat(reports.resolve("rejects.csv")).exists();
        assertThat(reports.resolve("summary.json")).exists();
        for (String file : List.of("findings.csv", "compliance-report.xlsx", "remediation-contacts.csv",
                "remediation-contacts.xlsx")) {
            assertThat(reports.resolve(file)).as(file).doesNotExist();
        }
    }
}
