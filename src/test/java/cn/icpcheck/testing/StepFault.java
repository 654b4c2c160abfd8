package cn.icpcheck.testing;

import cn.icpcheck.triage.TriageImport;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.core.step.tasklet.TaskletStep;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fault injected into one step of the job, for restart tests. Added to the application with
 * {@link #SOURCE_ARGUMENT} (it is not a component, so no scan finds it), it listens to every step
 * and acts once, after the first chunk of the step that {@link #failOnce} or {@link #pauseOnce}
 * names: a chunk step before that chunk commits, a tasklet step after its work committed.
 * <p>
 * It also acts at a named point inside the triage import ({@link TriageImport.Probe}), inside the
 * step's work and before the step commits, when given {@link #importPoint}{@code (point)} as the step.
 */
public final class StepFault implements BeanPostProcessor, TriageImport.Probe {

    public static final String SOURCE_ARGUMENT = "--spring.main.sources=" + StepFault.class.getName();

    private static final Duration PAUSE_LIMIT = Duration.ofMinutes(2);
    private static final AtomicReference<Plan> PLAN = new AtomicReference<>();

    /** What to do in which step; {@code signals} is the folder of the pause's marker files. */
    private record Plan(String step, Path signals) {
    }

    /** The injected failure. */
    public static final class InjectedFailure extends RuntimeException {
        InjectedFailure(String step) {
            super("injected failure in step " + step);
        }
    }

    /** The next run fails in this step, once. */
    public static void failOnce(String step) {
        PLAN.set(new Plan(step, null));
    }

    /**
     * The next run waits in this step, once: it creates {@code signals/paused}, then waits until
     * {@code signals/release} exists (at most two minutes).
     */
    public static void pauseOnce(String step, Path signals) {
        PLAN.set(new Plan(step, signals));
    }

    public static void clear() {
        PLAN.set(null);
    }

    /** The name {@link #failOnce} and {@link #pauseOnce} take for a point of the triage import: {@code importTriage:point}. */
    public static String importPoint(String point) {
        return "importTriage:" + point;
    }

    @Override
    public void at(String point) {
        act(importPoint(point));
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof TaskletStep step) {
            step.registerChunkListener(new Listener(step));
        } else if (bean instanceof ChunkOrientedStep<?, ?> step) {
            step.registerChunkListener(new Listener(step));
        }
        return bean;
    }

    @SuppressWarnings({"rawtypes", "removal"})
    private record Listener(Step step) implements ChunkListener {

        @Override
        public void afterChunk(ChunkContext context) {
            act();
        }

        @Override
        public void afterChunk(Chunk chunk) {
            act();
        }

        private void act() {
            StepFault.act(step.getName());
        }
    }

    /** Fails or pauses here if the plan names this step or point, once. */
    private static void act(String name) {
        Plan plan = PLAN.get();
        if (plan == null || !plan.step().equals(name) || !PLAN.compareAndSet(plan, null)) {
            return;
        }
        if (plan.signals() == null) {
            throw new InjectedFailure(name);
        }
        pause(plan.signals());
    }

    private static void pause(Path signals) {
        try {
            Files.createDirectories(signals);
            Files.createFile(signals.resolve("paused"));
            long deadline = System.nanoTime() + PAUSE_LIMIT.toNanos();
            while (!Files.exists(signals.resolve("release")) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
