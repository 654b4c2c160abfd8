package cn.icpcheck.job;

import cn.icpcheck.history.HistoryMigrations;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs the versioned migrations of the history and triage tables ({@link HistoryMigrations},
 * {@code db/migration/{vendor}}) when a job execution starts, on a thread of its own beside its first
 * steps, rather than as the application starts: migrating took 0.24 s of the start on a new database
 * and 0.1-0.2 s on one that has every migration (Flyway's look at it), which the first rows no longer
 * wait for.
 * Nothing before the job uses those tables (the runner reads only Spring Batch's); the steps that do
 * call {@link #await} first: {@code importTriage}, the one step beside the reading that uses them, and
 * {@code checkExport}, the first after the reading, which every execution runs, so that every step
 * after it, and the runner once the job has ended, find them migrated. A migration that fails fails
 * the step that waits for it, with Flyway's reason; the job waits for the migrations before it ends.
 *
 * <p>Spring Boot hands Flyway to this class as its {@link FlywayMigrationStrategy} as the application
 * starts; it migrates nothing then.
 */
@Component
class StateMigrations implements FlywayMigrationStrategy, JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StateMigrations.class);

    private final Flyway flyway;
    private final HistoryMigrations migrations;
    private final ExecutionAside<Void> running = new ExecutionAside<>("icp-migrations-");

    StateMigrations(Flyway flyway, HistoryMigrations migrations) {
        this.flyway = flyway;
        this.migrations = migrations;
    }

    /** Spring Boot's call as the application starts: the migrations wait for the job ({@link #beforeJob}). */
    @Override
    public void migrate(Flyway flyway) {
    }

    @Override
    public void beforeJob(JobExecution execution) {
        running.start(execution, () -> {
            migrations.migrate(flyway, StateSchema::isJobRepositoryTable);
            return null;
        });
    }

    /** Waits until the execution's migrations are done; throws what they threw. */
    void await(JobExecution execution) {
        Aside<Void> pending = running.pending(execution);
        if (pending != null) {
            pending.take();
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        try {
            running.awaitEnd(execution);
        } catch (RuntimeException e) {
            // the step that waited for them failed with this; logged here in case none did
            log.debug("The state database's migrations failed: {}", FailureMessage.trace(e));
        }
    }
}
