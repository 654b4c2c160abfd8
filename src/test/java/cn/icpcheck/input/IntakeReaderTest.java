package cn.icpcheck.input;

import cn.icpcheck.filing.CloudInstance;
import cn.icpcheck.filing.InstanceInventory;
import cn.icpcheck.filing.InstanceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.MetaDataInstanceFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class IntakeReaderTest {

    private static final String HEADER = "instance_id,customer_id,status,expires_on,public_ip";

    @TempDir
    Path dir;

    @Test
    void takesEachRowInAsItIsReadAndTheProcessorLogsTheRejectedOnes() throws Exception {
        Path file = write(HEADER + "\n"
                + "i-1,C1,running,,\n"
                + "i-2,C2,sleeping,,\n"
                + "i-1,C3,running,,\n"
                + "i-3,C3,stopped,2026-13-01,\n"
                + "i-4,C4,released,,\n");
        var inventory = new InstanceInventory();
        var reader = reader(file, () -> new InstanceIntake(inventory));
        var rejects = new RejectLog(100);
        var processor = new IntakeProcessor<CloudInstance>(() -> rejects);

        reader.open(new ExecutionContext());
        List<TakenRow<CloudInstance>> read = reader.read();
        assertThat(reader.read()).isNull();
        reader.close();

        // every row is read once; what the intake registered is registered before the processor runs
        assertThat(read).hasSize(5);
        assertThat(inventory.size()).isEqualTo(2);
        assertThat(inventory.find("i-4").status()).isEqualTo(InstanceStatus.RELEASED);
        assertThat(reader.rowsRead()).isEqualTo(5);
        assertThat(reader.rowsRejected()).isEqualTo(3);
        List<CloudInstance> passed = processor.process(read);
        assertThat(passed).extracting(CloudInstance::instanceId).containsExactly("i-1", "i-4");
        assertThat(rejects.all()).extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                .containsExactly(
                        tuple(3, "status", RejectReason.UNKNOWN_VALUE),
                        tuple(4, "instance_id", RejectReason.DUPLICATE_KEY),
                        tuple(5, "expires_on", RejectReason.UNPARSEABLE_DATE));
        assertThat(rejects.count(ExportFile.INSTANCES)).isEqualTo(3);
    }

    @Test
    void linesLostToAnUnterminatedQuoteReachTheRejectLogAsRejectedRows() throws Exception {
        Path file = write(HEADER + "\ni-1,C1,running,,\ni-2,\"C2,running,,\ni-3,C3,running,,\n");
        var inventory = new InstanceInventory();
        var reader = reader(file, () -> new InstanceIntake(inventory));
        var rejects = new RejectLog(100);
        var processor = new IntakeProcessor<CloudInstance>(() -> rejects);

        reader.open(new ExecutionContext());
        List<CloudInstance> passed = new ArrayList<>();
        for (List<TakenRow<CloudInstance>> rows; (rows = reader.read()) != null; ) {
            passed.addAll(processor.process(rows));
        }
        reader.close();

        assertThat(passed).extracting(CloudInstance::instanceId).containsExactly("i-1");
        assertThat(rejects.all()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).isEqualTo(RejectReason.MALFORMED_CSV);
        });
        assertThat(rejects.count(ExportFile.INSTANCES)).isEqualTo(2);
        assertThat(rejects.linesLost(ExportFile.INSTANCES)).isEqualTo(2);
    }

    @Test
    void eachOpeningTakesTheFileInAfreshThroughANewIntake() throws Exception {
        Path file = write(HEADER + "\ni-1,C1,running,,\n");
        AtomicReference<InstanceInventory> current = new AtomicReference<>();
        var reader = reader(file, () -> {
            current.set(new InstanceInventory());
            return new InstanceIntake(current.get());
        });
        for (int execution = 0; execution < 2; execution++) {
            reader.open(new ExecutionContext());
            // a second execution of the step does not find i-1 already registered by the first
            assertThat(reader.read()).singleElement().satisfies(row -> {
                assertThat(row.rejection()).isNull();
                assertThat(row.record().instanceId()).isEqualTo("i-1");
            });
            assertThat(reader.read()).isNull();
            reader.close();
            assertThat(current.get().size()).isEqualTo(1);
            assertThat(reader.rowsRead()).isEqualTo(1);
        }
    }

    @Test
    void handsOnTheRowsInFileOrderInBatchesAndSetsTheStepsCountsToRows() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER + "\n");
        for (int i = 0; i < 1201; i++) {
            // every hundredth row (0, 100, ... 1200) has a status the export does not know
            csv.append("i-").append(i).append(",C1,").append(i % 100 == 0 ? "asleep" : "running").append(",,\n");
        }
        Path file = write(csv.toString());
        var reader = reader(file, () -> new InstanceIntake(new InstanceInventory()));
        var processor = new IntakeProcessor<CloudInstance>(() -> new RejectLog(100));

        reader.open(new ExecutionContext());
        List<Integer> sizes = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        for (List<TakenRow<CloudInstance>> rows; (rows = reader.read()) != null; ) {
            sizes.add(rows.size());
            processor.process(rows).forEach(instance -> passed.add(instance.instanceId()));
        }
        reader.close();

        assertThat(sizes).containsExactly(IntakeReader.ROWS_PER_ITEM, IntakeReader.ROWS_PER_ITEM, 201);
        assertThat(passed).hasSize(1188).startsWith("i-1", "i-2").endsWith("i-1198", "i-1199")
                .doesNotContain("i-0", "i-100", "i-600", "i-1200");
        assertThat(passed).isSortedAccordingTo(Comparator.comparingInt(id -> Integer.parseInt(id.substring(2))));

        // Spring Batch counted ten items (batches) read and written; the job repository is told rows
        StepExecution step = MetaDataInstanceFactory.createStepExecution();
        step.setReadCount(3);
        step.setWriteCount(3);
        reader.afterStep(step);
        assertThat(step.getReadCount()).isEqualTo(1201);
        assertThat(step.getFilterCount()).isEqualTo(13);
        assertThat(step.getWriteCount()).isEqualTo(1188);
    }

    @Test
    void tellsTheIntakeOnceHowManyRowsTheFileHoldsWhenAnEighthOfItIsRead() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER + "\n");
        int rows = 200_000;
        for (int i = 0; i < rows; i++) {
            // rows of the same length (57 bytes), as an export's are near enough: 11 MB
            csv.append("i-").append(1_000_000 + i).append(",customer-").append(100_000 + i / 4)
                    .append(",running,2027-01-31,203.0.113.1\n");
        }
        Path file = write(csv.toString());
        var inventory = new InstanceInventory();
        List<long[]> told = new ArrayList<>();
        var reader = reader(file, () -> told(new InstanceIntake(inventory), told));

        reader.open(new ExecutionContext());
        long rowsWhenTold = -1;
        while (reader.read() != null) {
            if (rowsWhenTold < 0 && !told.isEmpty()) {
                rowsWhenTold = reader.rowsRead();
            }
        }
        reader.close();

        assertThat(told).hasSize(1);
        long rowsSoFar = told.get(0)[0];
        long rowsInAll = told.get(0)[1];
        // told after the batch in which the bytes read (up to 64 KiB ahead of the rows) passed an eighth
        assertThat(rowsSoFar).isEqualTo(rowsWhenTold).isBetween(rows / 8L - 2_000, rows / 8L + IntakeReader.ROWS_PER_ITEM);
        // the rows in all at the rate so far, and a thirty-second more: the bytes read ahead (64 KiB,
        // some 5 % of an eighth of this file) make it a little low
        assertThat(rowsInAll).isBetween(rows * 95L / 100, rows + rows / 32L);
        assertThat(inventory.size()).isEqualTo(rows);
        assertThat(inventory.find("i-1199999").customerId()).isEqualTo("customer-149999");
    }

    @Test
    void aFileReadInOneBatchIsJudgedToHoldTheRowsItHolds() throws Exception {
        Path file = write(HEADER + "\n" + "i-1,C1,running,,\n" + "i-2,C1,running,,\n");
        List<long[]> told = new ArrayList<>();
        var reader = reader(file, () -> told(new InstanceIntake(new InstanceInventory()), told));

        reader.open(new ExecutionContext());
        while (reader.read() != null) {
            // to the end
        }
        reader.close();

        assertThat(told).hasSize(1);
        assertThat(told.get(0)).containsExactly(2, 2);
    }

    /** The intake, noting what it is told of the rows to come. */
    private static RowIntake<CloudInstance> told(RowIntake<CloudInstance> intake, List<long[]> told) {
        return new RowIntake<>() {
            @Override
            public CloudInstance accept(RowFields fields) throws RowRejectedException {
                return intake.accept(fields);
            }

            @Override
            public void expect(long rowsSoFar, long rowsInAll) {
                told.add(new long[] {rowsSoFar, rowsInAll});
                intake.expect(rowsSoFar, rowsInAll);
            }
        };
    }

    private static IntakeReader<CloudInstance> reader(Path file, Supplier<RowIntake<CloudInstance>> intake) {
        return new IntakeReader<>(new ExportRowReader(file, ExportFile.INSTANCES, StandardCharsets.UTF_8, true), intake);
    }

    private Path write(String content) throws Exception {
        Path file = dir.resolve("instances.csv");
        Files.writeString(file, content);
        return file;
    }
}
