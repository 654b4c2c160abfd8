package cn.icpcheck.support;

import cn.icpcheck.filing.ProvinceTable;
import cn.icpcheck.testing.PackagedJob;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

/**
 * The benchmark of the README: generates an export of N subjects (or reuses one already
 * generated), then, a few times, runs the packaged jar on it as cron would and the DuckDB peer
 * ({@code src/test/peer/DuckPeer.java}: the SQL a data engineer would write instead, computing 10
 * of the 24 rules) on the same files, one after the other, alternating which goes first. Per run
 * it prints both wall times and CPU times and the ratio of the wall times, the job's peak RSS, peak
 * heap, live heap after GC and the collector's pauses (from a GC log), its phases and steps (from the job repository:
 * start-up is process start to the first step) with the cores it kept busy in each phase (its CPU time polled
 * every 50 ms, {@link CpuTimeline}) and the longest stretch in which it kept fewer than {@value #BUSY} busy, the
 * peer's peak RSS, and the machine's load average; then the medians.
 *
 * <pre>
 * ./mvnw -B -o -q package -DskipTests &amp;&amp; ./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * ./mvnw -B -q dependency:get -Dartifact=org.duckdb:duckdb_jdbc:2.0.0.1
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) cn.icpcheck.support.Benchmark 1000000 [runs] [-Xmx1g] [export dir] [REALISTIC|QUOTED|VARIED]
 * </pre>
 *
 * The export is {@link SyntheticExport.Form#REALISTIC} unless told otherwise (the peer needs
 * English headers, ISO dates and no malformed rows); {@link SyntheticExport.Form#QUOTED} is the same
 * export with every cell quoted. The DuckDB driver is taken from the local
 * Maven repository, or {@code -Dduckdb.jar=…}; without it the job runs alone. Generating 1,000,000
 * subjects takes about half a minute and some 6 GB of heap (the generator holds the whole export
 * in memory to plant its defects); the JVM's default heap on a 24 GB machine is enough. Peak RSS is
 * read from {@code /proc} and shows as {@code n/a} elsewhere.
 */
public final class Benchmark {

    private static final Pattern GC_PAUSE = Pattern.compile(
            "\\[(\\d+\\.\\d+)s].*Pause (\\w+).* (\\d+)M->(\\d+)M\\((\\d+)M\\) (\\d+\\.\\d+)ms");
    private static final String DUCKDB = "org/duckdb/duckdb_jdbc/2.0.0.1/duckdb_jdbc-2.0.0.1.jar";

    private Benchmark() {
    }

    /** What one run measured: the job, and the peer beside it (peer figures -1 when it did not run). */
    record Run(double wallSeconds, double cpuSeconds, long peakRssMb, long peakHeapMb, long maxLiveHeapMb, Pauses pauses,
               double loadBefore, Map<String, StepFigures> steps, Map<String, Phase> phases, Idle idle, int exitCode,
               double peerSeconds, double peerCpuSeconds, long peerRssMb, double loadAfter) {
        double ratio() {
            return peerSeconds > 0 ? wallSeconds / peerSeconds : Double.NaN;
        }
    }

    /** The collector's pauses, from the GC log: the application stopped, young and full collections apart. */
    record Pauses(int young, double youngSeconds, int full, double fullSeconds) {
        double seconds() {
            return youngSeconds + fullSeconds;
        }

        @Override
        public String toString() {
            return String.format("%.1f s (%d young %.1f s, %d full %.1f s)", seconds(), young, youngSeconds, full, fullSeconds);
        }
    }

    /** A phase of the run: how long it took and how many cores the job kept busy in it on average. */
    record Phase(double seconds, double coresBusy) {
    }

    /**
     * The longest stretch of the run (in half seconds) in which the job kept fewer than
     * {@link #BUSY} cores busy, and the steps that ran then; null when there was none.
     */
    record Idle(CpuTimeline.Stretch stretch, List<String> steps) {
        @Override
        public String toString() {
            return String.format("%.1f s, from %.1f s to %.1f s (%s)", stretch.seconds(), stretch.from(), stretch.to(),
                    steps.isEmpty() ? "no step: start-up or exit" : String.join(", ", steps));
        }
    }

    /** One step of the job as the job repository recorded it. */
    record StepFigures(long startMillis, long millis, long rows) {
        String rate() {
            return millis > 0 && rows > 0 ? String.format("%,d rows/s", rows * 1000 / millis) : "";
        }
    }

    /**
     * A process's wall time, CPU time (user and system, as last seen before it exited: at most one
     * poll, 50 ms, short) with the CPU time at each poll, and peak RSS.
     */
    private record Timed(double seconds, CpuTimeline timeline, long peakRssMb, long startEpochMillis, int exitCode) {
        double cpuSeconds() {
            return timeline.cpuAtEnd();
        }
    }

    /** Below this many cores busy a stretch counts as one in which a core stood idle (of two). */
    static final double BUSY = 1.5;
    /** The windows, in seconds, in which the cores busy are counted for {@link #BUSY}. */
    private static final double WINDOW = 0.5;

    public static void main(String[] args) throws Exception {
        int subjects = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String heap = args.length > 2 ? args[2] : "-Xmx1g";
        Path export = args.length > 3 ? Path.of(args[3]) : Path.of(System.getProperty("java.io.tmpdir"), "icp-bench-" + subjects);
        SyntheticExport.Form form = args.length > 4 ? SyntheticExport.Form.valueOf(args[4]) : SyntheticExport.Form.REALISTIC;
        Path jar = Path.of(PackagedJob.SINGLE_JAR);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": run ./mvnw -q package -DskipTests first");
        }
        if (!Files.isRegularFile(export.resolve("services.csv"))) {
            System.out.printf("generating %,d subjects (%s) into %s …%n", subjects, form, export);
            SyntheticExport.Expectations e = SyntheticExport.write(export, subjects, 1,
                    form.defectRate(), StandardCharsets.UTF_8,
                    ProvinceTable.load(Path.of("jobs/provinces.csv")), form);
            System.out.printf("  %s rows, %,d findings expected%n", e.dataRows(), e.findings().size());
        }
        int cores = Runtime.getRuntime().availableProcessors();
        Path peer = compilePeer();
        System.out.printf("export %s: %,d MB; jar run with %s on %d cores%s%n", export, sizeMb(export), heap, cores,
                peer == null ? "; no DuckDB driver, so no peer" : "; the DuckDB peer beside it with " + cores + " threads");

        List<Run> results = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            double load = load();
            Timed peerFirst = peer != null && i % 2 == 0 ? runPeer(peer, export, cores) : null;
            Run job = runOnce(jar, export, heap, load);
            Timed peerAfter = peer != null && i % 2 == 1 ? runPeer(peer, export, cores) : null;
            Timed p = peerFirst != null ? peerFirst : peerAfter;
            if (p != null && p.exitCode() != 0) {
                // a peer that failed (an export its SQL cannot read) did not do the work: no ratio
                System.out.printf("the peer failed (exit %d): no ratio for run %d%n", p.exitCode(), i);
                p = null;
            }
            Run run = new Run(job.wallSeconds, job.cpuSeconds, job.peakRssMb, job.peakHeapMb, job.maxLiveHeapMb, job.pauses, load,
                    job.steps, job.phases, job.idle, job.exitCode, p == null ? -1 : p.seconds, p == null ? -1 : p.cpuSeconds(),
                    p == null ? -1 : p.peakRssMb, load());
            results.add(run);
            print("run " + i + (p == null ? "" : peerFirst != null ? " (peer first)" : " (job first)"), run);
        }
        if (runs > 1) {
            System.out.println();
            System.out.printf("median of %d runs: job %.1f s (%.1f s of CPU), peer %.1f s (%.1f s of CPU), ratio %.2f;"
                            + " job peak RSS %s MB, peak heap %d MB, live heap %d MB, collector's pauses %.1f s;"
                            + " peer peak RSS %s MB (load averages before %s)%n", runs,
                    median(results, r -> r.wallSeconds), median(results, r -> r.cpuSeconds),
                    median(results, r -> r.peerSeconds), median(results, r -> r.peerCpuSeconds), median(results, Run::ratio),
                    rss(median(results, r -> (double) r.peakRssMb)),
                    (long) median(results, r -> (double) r.peakHeapMb), (long) median(results, r -> (double) r.maxLiveHeapMb),
                    median(results, r -> r.pauses.seconds()),
                    rss(median(results, r -> (double) r.peerRssMb)),
                    results.stream().map(r -> String.format("%.2f", r.loadBefore)).toList());
            for (String phase : results.get(0).phases.keySet()) {
                System.out.printf("  %-22s %7.1f s, %.1f cores busy%n", phase,
                        median(results, r -> r.phases.containsKey(phase) ? r.phases.get(phase).seconds : 0.0),
                        median(results, r -> r.phases.containsKey(phase) ? r.phases.get(phase).coresBusy : -1));
            }
            System.out.printf("  the longest stretch below %.1f cores busy: %.1f s%n", BUSY,
                    median(results, r -> r.idle == null ? 0 : r.idle.stretch.seconds()));
            for (String step : results.get(0).steps.keySet()) {
                double ms = median(results, r -> (double) r.steps.getOrDefault(step, new StepFigures(0, 0, 0)).millis);
                StepFigures first = results.get(0).steps.get(step);
                System.out.printf("  %-22s %7.0f ms  %s%n", step, ms, new StepFigures(0, (long) ms, first.rows).rate());
            }
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Compiles the peer into target/peer; null when the DuckDB driver is not at hand. */
    private static Path compilePeer() throws IOException {
        Path driver = Path.of(System.getProperty("duckdb.jar",
                Path.of(System.getProperty("user.home"), ".m2", "repository", DUCKDB).toString()));
        if (!Files.isRegularFile(driver)) {
            return null;
        }
        Path classes = Path.of("target/peer");
        Files.createDirectories(classes);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-cp", driver.toString(), "src/test/peer/DuckPeer.java");
        if (status != 0) {
            throw new IllegalStateException("the peer did not compile");
        }
        return Path.of(classes + java.io.File.pathSeparator + driver);
    }

    private static Timed runPeer(Path classpath, Path export, int threads) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("icp-bench-peer");
        try {
            return timed(List.of(javaBin(), "-cp", classpath.toString(), "DuckPeer", export.toString(), out.toString(),
                    SyntheticExport.RUN_DATE.toString(), Integer.toString(threads)));
        } finally {
            delete(out);
        }
    }

    private static Timed timed(List<String> command) throws IOException, InterruptedException {
        long epoch = System.currentTimeMillis();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).inheritIO().start();
        long peakRss = -1;
        Duration cpu = Duration.ZERO;
        CpuTimeline timeline = new CpuTimeline();
        timeline.add(0, 0);
        while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
            peakRss = Math.max(peakRss, highWaterMarkMb(process.pid()));
            cpu = process.info().totalCpuDuration().orElse(cpu);
            timeline.add((System.nanoTime() - start) / 1e9, cpu.toMillis() / 1e3);
        }
        return new Timed((System.nanoTime() - start) / 1e9, timeline, peakRss, epoch, process.exitValue());
    }

    private static Run runOnce(Path jar, Path export, String heap, double load) throws IOException, InterruptedException, SQLException {
        Path work = Files.createTempDirectory("icp-bench-run");
        Path gcLog = work.resolve("gc.log");
        // the Java options the README and the schedule files start the job with
        List<String> command = new ArrayList<>(List.of(javaBin(), PackagedJob.JAVA_OPTIONS, heap, "-Xlog:gc:file=" + gcLog));
        // as the README runs it: unpacked, with the class-data-sharing archive made at package time
        Path archive = Path.of(PackagedJob.ARCHIVE);
        if (Files.isRegularFile(archive)) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-jar", PackagedJob.UNPACKED_JAR));
        } else {
            command.addAll(List.of("-jar", jar.toString()));
        }
        command.addAll(List.of("--input=" + export, "--output=" + work.resolve("out"), "--state-dir=" + work.resolve("state"),
                "--run-date=" + SyntheticExport.RUN_DATE, "--quiet"));
        Timed t = timed(command);
        long peakHeap = 0;
        long live = 0;
        int young = 0;
        int full = 0;
        double youngMs = 0;
        double fullMs = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_PAUSE.matcher(line);
            if (m.find()) {
                peakHeap = Math.max(peakHeap, Long.parseLong(m.group(3)));
                live = Math.max(live, Long.parseLong(m.group(4)));
                double ms = Double.parseDouble(m.group(6));
                if (m.group(2).equals("Full")) {
                    full++;
                    fullMs += ms;
                } else {
                    young++;
                    youngMs += ms;
                }
            }
        }
        Map<String, StepFigures> steps = steps(work.resolve("state"), t.startEpochMillis);
        delete(work);
        return new Run(t.seconds, t.cpuSeconds(), t.peakRssMb, peakHeap, live,
                new Pauses(young, youngMs / 1e3, full, fullMs / 1e3), load, steps, phases(steps, t.seconds, t.timeline),
                idle(steps, t.timeline), t.exitCode, -1, -1, -1, load);
    }

    /** The longest stretch with a core idle, and the steps that overlapped it. */
    private static Idle idle(Map<String, StepFigures> steps, CpuTimeline timeline) {
        CpuTimeline.Stretch stretch = timeline.longestBelow(BUSY, WINDOW);
        if (stretch == null) {
            return null;
        }
        List<String> during = steps.entrySet().stream()
                .filter(e -> e.getValue().startMillis / 1e3 < stretch.to()
                        && (e.getValue().startMillis + e.getValue().millis) / 1e3 > stretch.from())
                .map(Map.Entry::getKey).toList();
        return new Idle(stretch, during);
    }

    /**
     * The run's phases from its steps: start-up (process start to the first step), reading and
     * checking (to the end of the last check), the reports and history (to the end of the last
     * step), and the exit.
     */
    private static Map<String, Phase> phases(Map<String, StepFigures> steps, double wall, CpuTimeline timeline) {
        Map<String, Phase> phases = new LinkedHashMap<>();
        if (steps.isEmpty()) {
            return phases;
        }
        long first = steps.values().stream().mapToLong(StepFigures::startMillis).min().orElse(0);
        long checked = steps.entrySet().stream().filter(e -> e.getKey().startsWith("read") || e.getKey().startsWith("check"))
                .mapToLong(e -> e.getValue().startMillis + e.getValue().millis).max().orElse(first);
        long last = steps.values().stream().mapToLong(f -> f.startMillis + f.millis).max().orElse(checked);
        double[] bounds = {0, first / 1e3, checked / 1e3, last / 1e3, wall};
        String[] names = {"start-up", "reading and checks", "history and reports", "exit"};
        for (int i = 0; i < names.length; i++) {
            // the CPU time is known up to the last poll, at most 50 ms before the process ended
            double cores = timeline.coresBusy(bounds[i], Math.min(bounds[i + 1], timeline.end()));
            phases.put(names[i], new Phase(bounds[i + 1] - bounds[i], cores));
        }
        return phases;
    }

    /**
     * The step start times (from the process start), durations and rows of the last job execution
     * in an HSQLDB state folder.
     */
    private static Map<String, StepFigures> steps(Path stateDir, long processStart) throws SQLException {
        Map<String, StepFigures> steps = new LinkedHashMap<>();
        String url = "jdbc:hsqldb:file:" + stateDir.resolve("icp-state") + ";shutdown=true;readonly=true";
        try (Connection c = DriverManager.getConnection(url, "SA", ""); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select STEP_NAME, START_TIME, END_TIME, READ_COUNT from BATCH_STEP_EXECUTION"
                     + " where JOB_EXECUTION_ID = (select max(JOB_EXECUTION_ID) from BATCH_JOB_EXECUTION)"
                     + " order by START_TIME, STEP_EXECUTION_ID")) {
            while (r.next()) {
                if (r.getTimestamp(3) == null) {
                    continue;
                }
                long ms = Duration.between(r.getTimestamp(2).toLocalDateTime(), r.getTimestamp(3).toLocalDateTime()).toMillis();
                steps.put(r.getString(1), new StepFigures(r.getTimestamp(2).getTime() - processStart, ms, r.getLong(4)));
            }
        }
        return steps;
    }

    private static void print(String title, Run run) {
        System.out.printf("%s: job exit %d, %.1f s wall, %.1f s of CPU, peak RSS %s MB, peak heap %d MB, live heap after GC"
                        + " %d MB, collector's pauses %s; peer %.1f s, %.1f s of CPU, peak RSS %s MB; ratio %.2f"
                        + " (load average %.2f before, %.2f after)%n",
                title, run.exitCode, run.wallSeconds, run.cpuSeconds, rss(run.peakRssMb), run.peakHeapMb, run.maxLiveHeapMb,
                run.pauses,
                run.peerSeconds, run.peerCpuSeconds, rss(run.peerRssMb), run.ratio(), run.loadBefore, run.loadAfter);
        run.phases.forEach((phase, p) -> System.out.printf("  %-22s %7.1f s, %.1f cores busy%n", phase, p.seconds,
                p.coresBusy));
        System.out.printf("  the longest stretch below %.1f cores busy: %s%n", BUSY, run.idle == null ? "none" : run.idle);
        run.steps.forEach((step, f) -> System.out.printf("  %-22s at %6.1f s %7d ms  %s%n", step, f.startMillis / 1e3,
                f.millis, f.rate()));
    }

    private static String rss(double mb) {
        return mb < 0 || Double.isNaN(mb) ? "n/a" : String.valueOf((long) mb);
    }

    /** VmHWM, the peak resident set of a process, on Linux; -1 elsewhere. */
    private static long highWaterMarkMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process just ended
        }
        return -1;
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure) {
        // -1 (and a ratio's NaN): not measured in that run
        double[] values = runs.stream().mapToDouble(figure).filter(v -> v >= 0).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private static long sizeMb(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum() >> 20;
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
