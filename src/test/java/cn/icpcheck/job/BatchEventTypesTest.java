package cn.icpcheck.job;

import cn.icpcheck.testing.Command;
import cn.icpcheck.testing.TestExport;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static cn.icpcheck.testing.TestExport.DAY_1;
import static org.assertj.core.api.Assertions.assertThat;

/** The Flight Recorder event types registered ahead ({@link BatchEventTypes}) are those a night makes. */
class BatchEventTypesTest {

    private static final String EVENTS = "org/springframework/batch/core/observability/jfr/events/";

    @TempDir
    Path dir;

    @Test
    void theTypesRegisteredAheadAreTheOnesANightMakes() throws Exception {
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        Path recorded = dir.resolve("night.jfr");
        List<String> everyBatchEvent = batchEventTypes();
        try (Recording recording = new Recording()) {
            everyBatchEvent.forEach(recording::enable);
            recording.start();

            assertThat(Command.embedded(dir).run(input, DAY_1)).isZero();

            recording.stop();
            recording.dump(recorded);
        }

        Set<String> made = new TreeSet<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recorded)) {
            made.add(event.getEventType().getName());
        }
        assertThat(everyBatchEvent).hasSizeGreaterThan(BatchEventTypes.TYPES.size());
        assertThat(made).containsExactlyInAnyOrderElementsOf(BatchEventTypes.TYPES.stream().map(Class::getName).toList());
    }

    /** Every event type in Spring Batch's jar (an event is named after its class). */
    private static List<String> batchEventTypes() throws Exception {
        List<String> names = new ArrayList<>();
        for (Resource type : new PathMatchingResourcePatternResolver().getResources("classpath*:" + EVENTS + "**/*Event.class")) {
            String path = type.getURL().toString();
            names.add(path.substring(path.indexOf(EVENTS), path.length() - ".class".length()).replace('/', '.'));
        }
        return names;
    }
}
