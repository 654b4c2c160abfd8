package cn.icpcheck.job;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * SIGTERM and SIGINT during a run (operations.md): instead of the JVM's shutdown, which would close
 * the application under the running job, the signal asks the job to stop at its next safe point
 * (the end of a chunk or of a tasklet step), which Spring Batch then marks STOPPED, so that the
 * same command resumes it. If the job has not reached a safe point within {@link #GRACE}, the
 * process ends anyway with exit 1; the next run finds the execution still marked as running and
 * resumes it, as after a kill.
 *
 * <p>The handlers are installed for one run of {@link NightlyCommand} and the previous ones put back
 * after it, so a test JVM keeps its own.
 */
public final class StopSignal {

    /** The console's words for a run stopped by a signal. */
    public static final String MESSAGE = "stopped by a signal; the same command resumes it";

    /** How long the job has to reach a safe point before the process ends regardless. */
    static final Duration GRACE = Duration.ofSeconds(8);

    private static final AtomicReference<String> RECEIVED = new AtomicReference<>();
    private static final AtomicReference<Runnable> STOP_JOB = new AtomicReference<>();
    private static final AtomicReference<Runnable> BEFORE_HALT = new AtomicReference<>(() -> { });
    private static final AtomicReference<Thread> WATCHDOG = new AtomicReference<>();

    private StopSignal() {
    }

    /** Installs the handlers for one run; closing puts the previous ones back and forgets the signal. */
    static AutoCloseable install(Runnable beforeHalt) {
        RECEIVED.set(null);
        BEFORE_HALT.set(beforeHalt);
        Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal signal = new Signal(name);
                previous.put(signal, Signal.handle(signal, StopSignal::receive));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // not a signal of this platform, or the JVM keeps it (-Xrs): its default applies
            }
        }
        return () -> {
            previous.forEach(Signal::handle);
            Thread watchdog = WATCHDOG.getAndSet(null);
            if (watchdog != null) {
                watchdog.interrupt();
            }
            RECEIVED.set(null);
            STOP_JOB.set(null);
            BEFORE_HALT.set(() -> { });
        };
    }

    /** What stops the running job; run at once when a signal already arrived. */
    public static void whenReceived(Runnable stopJob) {
        STOP_JOB.set(stopJob);
        if (received()) {
            stopJob.run();
        }
    }

    /** Whether a stop signal arrived during this run. */
    public static boolean received() {
        return RECEIVED.get() != null;
    }

    private static void receive(Signal signal) {
        if (!RECEIVED.compareAndSet(null, "SIG" + signal.getName())) {
            return;
        }
        Runnable stopJob = STOP_JOB.get();
        if (stopJob != null) {
            try {
                stopJob.run();
            } catch (RuntimeException e) {
                // the watchdog below still ends the process
            }
        }
        Thread watchdog = new Thread(StopSignal::haltAfterGrace, "icp-stop-watchdog");
        watchdog.setDaemon(true);
        WATCHDOG.set(watchdog);
        watchdog.start();
    }

    private static void haltAfterGrace() {
        try {
            Thread.sleep(GRACE.toMillis());
        } catch (InterruptedException e) {
            return;
        }
        NightlyCommand.halt(MESSAGE, BEFORE_HALT.get());
    }
}
