package cn.icpcheck.job;

import cn.icpcheck.input.ExportFile;
import cn.icpcheck.input.ExportRow;
import cn.icpcheck.input.ExportRowReader;
import cn.icpcheck.input.IntakeReader;
import cn.icpcheck.input.RejectReason;
import cn.icpcheck.input.RowIntake;
import cn.icpcheck.testing.TestExport;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ReadingProgressLogTest {

    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void logsAtMostOnceAnIntervalAndOnceAtTheEnd(CapturedOutput output) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(ReadingProgressLog.class)).setLevel(Level.INFO);
        Path input = TestExport.sample(4000).writeTo(dir);
        // the row on line 7 is rejected
        RowIntake<ExportRow> intake = fields -> {
            if (fields.row().line() == 7) {
                throw fields.rejection("subject_id", "S7", RejectReason.DUPLICATE_KEY);
            }
            return fields.row();
        };
        var reader = new IntakeReader<>(new ExportRowReader(input.resolve("subjects.csv"), ExportFile.SUBJECTS,
                StandardCharsets.UTF_8, true), () -> intake);
        AtomicLong clock = new AtomicLong(100 * SECOND);
        ReadingProgressLog progress = new ReadingProgressLog(reader, Duration.ofSeconds(10), clock::get);
        StepExecution step = MetaDataInstanceFactory.createStepExecution();

        reader.open(new ExecutionContext());
        progress.beforeStep(step);
        for (long second : new long[] {5, 10, 12, 21}) {
            // a chunk of 1000 rows
            for (int rows = 0; rows < 1000; rows += IntakeReader.ROWS_PER_ITEM) {
                reader.read();
            }
            clock.set((100 + second) * SECOND);
            progress.afterChunk(new Chunk<>());
        }
        while (reader.read() != null) {
            // to the end, as the step would
        }
        clock.set(125 * SECOND);
        progress.afterStep(step);
        reader.close();

        assertThat(output.getOut().lines().filter(line -> line.contains("subjects.csv")))
                .satisfiesExactly(
                        line -> assertThat(line).containsPattern("subjects.csv: 2000 rows read \\(\\d+% of the file\\), 200 rows/s$")
                                .satisfies(l -> assertThat(percent(l)).isBetween(50, 56)),
                        line -> assertThat(line).containsPattern("subjects.csv: 4000 rows read \\(\\d+% of the file\\), 190 rows/s$")
                                .satisfies(l -> assertThat(percent(l)).isBetween(99, 100)),
                        line -> assertThat(line).endsWith("subjects.csv: 4001 rows read, 1 rejected, in 25.0 s (160 rows/s)"));
    }

    /** How far into the file a line says the reader is; a little ahead of the rows, as the reader buffers. */
    private static int percent(String line) {
        return Integer.parseInt(line.replaceFirst(".*\\((\\d+)% of the file.*", "$1"));
    }
}
