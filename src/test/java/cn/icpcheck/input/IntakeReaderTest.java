package cn.icpcheck.input;

import cn.icpcheck.filing.CloudInstance;
import cn.icpcheck.filing.InstanceInventory;
import cn.icpcheck.filing.InstanceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<TakenRow<CloudInstance>> read = new ArrayList<>();
        for (TakenRow<CloudInstance> row; (row = reader.read()) != null; ) {
            read.add(row);
        }
        reader.close();

        // every row is read once; what the intake registered is registered before the processor runs
        assertThat(read).hasSize(5);
        assertThat(inventory.size()).isEqualTo(2);
        assertThat(inventory.find("i-4").status()).isEqualTo(InstanceStatus.RELEASED);
        List<CloudInstance> passed = new ArrayList<>();
        for (TakenRow<CloudInstance> row : read) {
            CloudInstance instance = processor.process(row);
            if (instance != null) {
                passed.add(instance);
            }
        }
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
        for (TakenRow<CloudInstance> row; (row = reader.read()) != null; ) {
            CloudInstance instance = processor.process(row);
            if (instance != null) {
                passed.add(instance);
            }
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
            TakenRow<CloudInstance> row = reader.read();
            // a second execution of the step does not find i-1 already registered by the first
            assertThat(row.rejection()).isNull();
            assertThat(row.record().instanceId()).isEqualTo("i-1");
            assertThat(reader.read()).isNull();
            reader.close();
            assertThat(current.get().size()).isEqualTo(1);
        }
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
