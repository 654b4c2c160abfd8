package cn.icpcheck.support;

import cn.icpcheck.filing.ProvinceTable;

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

/**
 * The benchmark of the README: generates an export of N subjects (or reuses one already
 * generated), runs the packaged jar on it as cron would, a few times, and prints per run the wall
 * time, the peak RSS, the peak heap and the live heap after the last GC of the reading steps (from
 * the GC log), the rows per second of each step (from the job repository), and the machine's load
 * average; then the medians.
 *
 * <pre>
 * ./mvnw -B -o -q package -DskipTests &amp;&amp; ./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) cn.icpcheck.support.Benchmark 100000 [runs] [-Xmx1g] [export dir]
 * </pre>
 *
 * Generating 1,000,000 subjects takes about half a minute and some 6 GB of heap (the generator
 * holds the whole export in memory to plant its defects); the JVM's default heap on a 24 GB
 * machine is enough. Peak RSS is read from {@code /proc} and shows as {@code n/a} elsewhere.
 */
public final class Benchmark {

    private static final Pattern GC_PAUSE = Pattern.compile("\\[(\\d+\\.\\d+)s].*Pause.* (\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private Benchmark() {
    }

    /** What one run measured. */
    record Run(double wallSeconds, long peakRssMb, long peakHeapMb, long maxLiveHeapMb, double loadBefore,
               Map<String, StepFigures> steps, int exitCode) {
    }

    /** One step of the job as the job repository recorded it. */
    record StepFigures(long millis, long rows) {
        String rate() {
            return millis > 0 && rows > 0 ? String.format("%,d rows/s", rows * 1000 / millis) : "";
        }
    }

    public static void main(String[] args) throws Exception {
        int subjects = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String heap = args.length > 2 ? args[2] : "-Xmx1g";
        Path export = args.length > 3 ? Path.of(args[3]) : Path.of(System.getProperty("java.io.tmpdir"), "icp-bench-" + subjects);
        Path jar = Path.of("target/icp-compliance.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": run ./mvnw -q package -DskipTests first");
        }
        if (!Files.isRegularFile(export.resolve("services.csv"))) {
            System.out.printf("generating %,d subjects into %s …%n", subjects, export);
            SyntheticExport.Expectations e = SyntheticExport.write(export, subjects, 1, 0.1, StandardCharsets.UTF_8,
                    ProvinceTable.load(Path.of("jobs/provinces.csv")));
            System.out.printf("  %s rows, %,d findings expected%n", e.dataRows(), e.findings().size());
        }
        System.out.printf("export %s: %,d MB; jar run with %s on %d cores%n", export, sizeMb(export), heap,
                Runtime.getRuntime().availableProcessors());

        List<Run> results = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            Run run = runOnce(jar, export, heap, i);
            results.add(run);
            print("run " + i, run);
        }
        if (runs > 1) {
            System.out.println();
            System.out.printf("median of %d runs: %.1f s wall, peak RSS %s MB, peak heap %d MB, live heap %d MB"
                            + " (load averages %s)%n", runs,
                    median(results, r -> r.wallSeconds), rss(median(results, r -> (double) r.peakRssMb)),
                    (long) median(results, r -> (double) r.peakHeapMb), (long) median(results, r -> (double) r.maxLiveHeapMb),
                    results.stream().map(r -> String.format("%.2f", r.loadBefore)).toList());
            for (String step : results.get(0).steps.keySet()) {
                double ms = median(results, r -> (double) r.steps.getOrDefault(step, new StepFigures(0, 0)).millis);
                StepFigures first = results.get(0).steps.get(step);
                System.out.printf("  %-22s %7.0f ms  %s%n", step, ms, new StepFigures((long) ms, first.rows).rate());
            }
        }
    }

    private static Run runOnce(Path jar, Path export, String heap, int n) throws IOException, InterruptedException, SQLException {
        Path work = Files.createTempDirectory("icp-bench-run");
        Path gcLog = work.resolve("gc.log");
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-Xlog:gc:file=" + gcLog, "-jar", jar.toString(), "--input=" + export, "--output=" + work.resolve("out"),
                "--state-dir=" + work.resolve("state"), "--run-date=" + SyntheticExport.RUN_DATE, "--quiet");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).inheritIO().start();
        long peakRss = -1;
        while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
            peakRss = Math.max(peakRss, highWaterMarkMb(process.pid()));
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long peakHeap = 0;
        long live = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_PAUSE.matcher(line);
            if (m.find()) {
                peakHeap = Math.max(peakHeap, Long.parseLong(m.group(2)));
                live = Math.max(live, Long.parseLong(m.group(3)));
            }
        }
        Map<String, StepFigures> steps = steps(work.resolve("state"));
        delete(work);
        return new Run(wall, peakRss, peakHeap, live, load, steps, process.exitValue());
    }

    /** The step durations and rows of the last job execution in an HSQLDB state folder. */
    private static Map<String, StepFigures> steps(Path stateDir) throws SQLException {
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
                steps.put(r.getString(1), new StepFigures(ms, r.getLong(4)));
            }
        }
        return steps;
    }

    private static void print(String title, Run run) {
        System.out.printf("%s: exit %d, %.1f s wall, peak RSS %s MB, peak heap %d MB, live heap after GC %d MB"
                        + " (load average %.2f before)%n", title, run.exitCode, run.wallSeconds, rss(run.peakRssMb),
                run.peakHeapMb, run.maxLiveHeapMb, run.loadBefore);
        run.steps.forEach((step, f) -> System.out.printf("  %-22s %7d ms  %s%n", step, f.millis, f.rate()));
    }

    private static String rss(double mb) {
        return mb < 0 ? "n/a" : String.valueOf((long) mb);
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
        double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
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
