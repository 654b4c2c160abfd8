package cn.icpcheck.job;

import cn.icpcheck.filing.ProvinceTable;
import cn.icpcheck.support.CsvFiles;
import cn.icpcheck.support.SyntheticExport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated exports with planted defects, in every form the spec allows (Chinese headers, shuffled
 * columns, BOM, date forms, quoted newlines, IDN, GB18030): the job finds exactly what was planted.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:hsqldb:mem:planted")
@SpringBatchTest
// closed after the class: an application context left open keeps Spring Boot's logging set up as it
// made it, and the command-line runs of later test classes (--debug's pattern) could not change it
@DirtiesContext
class PlantedDefectsTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    Job nightlyCompliance;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}, {1} subjects, {2}")
    @CsvSource({"1,400,UTF-8", "2,400,UTF-8", "3,300,GB18030", "4,1500,UTF-8"})
    void findsExactlyThePlantedDefects(long seed, int subjects, String charset) throws Exception {
        Path input = dir.resolve("in");
        SyntheticExport.Expectations expected = SyntheticExport.write(input, subjects, seed, 0.3,
                Charset.forName(charset), ProvinceTable.load(Path.of("jobs/provinces.csv")));
        assertThat(expected.planted()).hasSizeGreaterThan(20);

        jobs.setJob(nightlyCompliance);
        RunOptions options = RunOptions.parse("--input=" + input, "--output=" + dir.resolve("out"),
                "--run-date=" + SyntheticExport.RUN_DATE, "--input-charset=" + charset);
        var execution = jobs.startJob(NightlyRunner.parameters(options, seed));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        Path reports = dir.resolve("out").resolve(SyntheticExport.RUN_DATE.toString());
        List<Map<String, String>> findings = CsvFiles.read(reports.resolve("findings.csv"));
        assertThat(CsvFiles.project(findings, "rule", "subject_no", "service_no", "object").stream().sorted())
                .containsExactlyElementsOf(expected.findings());

        List<Map<String, String>> rejects = CsvFiles.read(reports.resolve("rejects.csv"));
        rejects.forEach(r -> r.put("reason", r.get("reason").replaceFirst(":.*", "")));
        assertThat(CsvFiles.project(rejects, "file", "line", "reason"))
                .containsExactlyInAnyOrderElementsOf(expected.rejects());
    }
}
