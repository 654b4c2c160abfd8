package cn.icpcheck.job;

import cn.icpcheck.support.CsvFiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job on sample-data, compared with the findings and rejects worked out by hand from the
 * spec (src/test/resources/golden).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:hsqldb:mem:golden")
@SpringBatchTest
// closed after the class: an application context left open keeps Spring Boot's logging set up as it
// made it, and the command-line runs of later test classes (--debug's pattern) could not change it
@DirtiesContext
class SampleDataGoldenTest {

    private static final String[] FINDING_KEY = {"rule", "severity", "family", "customer_id", "province",
            "subject_no", "service_no", "object", "deadline", "finding_id", "first_seen", "status"};

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    Job nightlyCompliance;

    @TempDir
    Path out;

    @Test
    void findsExactlyTheHandCheckedFindingsAndRejects() throws Exception {
        assertThat(run("zh")).isEqualTo(BatchStatus.COMPLETED);

        Path reports = out.resolve("2026-11-30");
        assertTheHandCheckedFindingsAndRejects(reports);
        List<Map<String, String>> findings = CsvFiles.read(reports.resolve("findings.csv"));
        assertThat(java.nio.file.Files.readAllLines(reports.resolve("findings.csv")).get(0)).isEqualTo("\uFEFF"
                + "run_date,rule,severity,family,customer_id,province,subject_no,service_no,object,deadline,detail,"
                + "action,finding_id,first_seen,status");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.get("run_date")).isEqualTo("2026-11-30");
            assertThat(f.get("detail")).isNotBlank();
            assertThat(f.get("action")).isNotBlank();
        });
    }

    /** The findings and rejects of a run on sample-data, in {@code reports}, are exactly the hand-checked ones. */
    static void assertTheHandCheckedFindingsAndRejects(Path reports) throws Exception {
        List<Map<String, String>> findings = CsvFiles.read(reports.resolve("findings.csv"));
        List<Map<String, String>> golden = CsvFiles.read(Path.of("src/test/resources/golden/sample-findings.csv"));
        assertThat(CsvFiles.project(findings, FINDING_KEY))
                .containsExactlyElementsOf(CsvFiles.project(golden, FINDING_KEY));
        List<Map<String, String>> rejects = CsvFiles.read(reports.resolve("rejects.csv"));
        rejects.forEach(r -> r.put("reason", r.get("reason").replaceFirst(":.*", "")));
        List<Map<String, String>> goldenRejects = CsvFiles.read(Path.of("src/test/resources/golden/sample-rejects.csv"));
        assertThat(CsvFiles.project(rejects, "file", "line", "column", "reason"))
                .containsExactlyElementsOf(CsvFiles.project(goldenRejects, "file", "line", "column", "reason"));
    }

    @Test
    void everyRuleFiresOnTheSample() throws Exception {
        run("en");
        List<Map<String, String>> findings = CsvFiles.read(out.resolve("2026-11-30/findings.csv"));
        assertThat(findings.stream().map(f -> f.get("rule")).distinct())
                .containsExactlyInAnyOrder(java.util.Arrays.stream(cn.icpcheck.rules.RuleCode.values())
                        .map(Enum::name).toArray(String[]::new));
        // English texts throughout; only the data quoted in a detail may be Chinese
        assertThat(findings).allSatisfy(f -> assertThat(f.get("action")).doesNotContainPattern("\\p{IsHan}"));
    }

    /** Runs the job on sample-data (not named like a JobExecution factory: spring-batch-test would call it). */
    private BatchStatus run(String lang) throws Exception {
        jobs.setJob(nightlyCompliance);
        RunOptions options = RunOptions.parse("--output=" + out, "--run-date=2026-11-30", "--lang=" + lang);
        JobExecution execution = jobs.startJob(NightlyRunner.parameters(options, System.nanoTime()));
        assertThat(Files.exists(out.resolve("2026-11-30/summary.json"))).isTrue();
        return execution.getStatus();
    }
}
