package cn.icpcheck.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A {@link PausedRun} in a JVM of its own, started by a test, paused in a step until killed or released. */
public final class PausedProcess implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final Process process;
    private final Path signals;
    private final Path log;

    private PausedProcess(Process process, Path signals, Path log) {
        this.process = process;
        this.signals = signals;
        this.log = log;
    }

    /** Starts the command in a new JVM and returns once it has paused in the step. */
    public static PausedProcess start(String step, Path signals, String... command) throws Exception {
        Files.createDirectories(signals);
        Path log = signals.resolve("run.log");
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PausedRun.class.getName(), step, signals.toString()));
        java.addAll(List.of(command));
        Process process = new ProcessBuilder(java).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PausedProcess paused = new PausedProcess(process, signals, log);
        paused.awaitPause();
        return paused;
    }

    private void awaitPause() throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.exists(signals.resolve("paused"))) {
            assertThat(process.isAlive()).as("the run ended before it paused:%n%s", output()).isTrue();
            assertThat(System.nanoTime()).as("the run did not pause in time:%n%s", output()).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Kills the process as {@code kill -9} would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Sends SIGTERM, as {@code kill} or systemd's stop would. */
    public void terminate() {
        process.destroy();
    }

    /** Waits until the run's output holds the text. */
    public void awaitOutput(String text) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!output().contains(text)) {
            assertThat(process.isAlive()).as("the run ended before it said '%s':%n%s", text, output()).isTrue();
            assertThat(System.nanoTime()).as("the run did not say '%s' in time:%n%s", text, output()).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** Waits for the run to end; returns its exit code. */
    public int waitFor() throws Exception {
        assertThat(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("the run did not end").isTrue();
        return process.exitValue();
    }

    /** Lets the run go on; returns its exit code. */
    public int release() throws Exception {
        Files.createFile(signals.resolve("release"));
        assertThat(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("the run did not end").isTrue();
        return process.exitValue();
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
