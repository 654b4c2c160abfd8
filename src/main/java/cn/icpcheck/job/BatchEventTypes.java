package cn.icpcheck.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.observability.jfr.events.job.JobExecutionEvent;
import org.springframework.batch.core.observability.jfr.events.job.JobLaunchEvent;
import org.springframework.batch.core.observability.jfr.events.step.StepExecutionEvent;
import org.springframework.batch.core.observability.jfr.events.step.chunk.ChunkTransactionEvent;
import org.springframework.batch.core.observability.jfr.events.step.chunk.ChunkWriteEvent;
import org.springframework.batch.core.observability.jfr.events.step.chunk.ItemProcessEvent;
import org.springframework.batch.core.observability.jfr.events.step.chunk.ItemReadEvent;
import org.springframework.batch.core.observability.jfr.events.step.tasklet.TaskletExecutionEvent;

import java.util.List;

/**
 * Registers Spring Batch's Flight Recorder event types on a spare thread while the application
 * starts. Spring Batch 6 makes a JFR event as it launches a job and runs each step, recording or
 * not, and Java registers an event type as its class is initialised: the first starts the Flight
 * Recorder's metadata (some 0.12 s, on the thread that launches the job, before the first row is
 * read), each later one makes a small handler class. Done here, beside the building of the
 * application context, the launch finds them registered. Nothing is recorded unless a recording
 * is started ({@code -XX:StartFlightRecording}); a failure only costs the head start.
 * docs/performance.md, "Start-up".
 */
final class BatchEventTypes {

    private static final Logger log = LoggerFactory.getLogger(BatchEventTypes.class);

    /** The event types a night makes, in the order it makes them. */
    static final List<Class<?>> TYPES = List.of(JobLaunchEvent.class, JobExecutionEvent.class,
            StepExecutionEvent.class, ChunkTransactionEvent.class, ItemReadEvent.class, ItemProcessEvent.class,
            ChunkWriteEvent.class, TaskletExecutionEvent.class);

    private BatchEventTypes() {
    }

    static void registerInBackground() {
        Thread thread = new Thread(BatchEventTypes::register, "icp-event-types");
        thread.setDaemon(true);
        thread.start();
    }

    static void register() {
        try {
            for (Class<?> type : TYPES) {
                Class.forName(type.getName(), true, type.getClassLoader());
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            log.debug("Spring Batch's event types were not registered ahead; the job's launch will", e);
        }
    }
}
