package cn.icpcheck.job;

import cn.icpcheck.IcpComplianceApplication;
import cn.icpcheck.input.ExportFolder;
import cn.icpcheck.input.InputFileException;
import cn.icpcheck.report.WorkbookWarmUp;
import cn.icpcheck.rules.RuleCatalogue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The command line, and the jar's main class: prints {@code --help}, {@code --version} or
 * {@code --rules} when asked; otherwise checks the options, the folders it will write and the
 * export before anything starts (usage errors exit 2), takes the state folder's lock (a second run
 * at once is refused), then runs the job in a Spring Boot application of
 * {@link IcpComplianceApplication} and exits with {@link ExitCodes}. Every failure ends in one
 * plain message on stderr ({@link FailureMessage}); stack traces go to the log at debug level only.
 */
public final class NightlyCommand {

    /** Set when the application runs from the command line, so that {@link NightlyRunner} runs the job. */
    public static final String COMMAND_LINE_PROPERTY = "icp.command-line";
    /** The options ({@code config,provinces,holidays}) whose file is the copy built into the jar. */
    public static final String BUILT_IN_PROPERTY = "icp.built-in";

    private static final String NAME = "icp-compliance";

    private NightlyCommand() {
    }

    public static void main(String[] args) {
        Thread.setDefaultUncaughtExceptionHandler(NightlyCommand::threadStopped);
        System.exit(run(args));
    }

    /**
     * A thread that stops on a failure nobody takes (a library's, or the heap run out there): one line
     * in the log, as every failure is said, the trace at debug level; Java would print the trace on the
     * console. The job's own threads hand their failures to the step that waits for them.
     */
    static void threadStopped(Thread thread, Throwable failure) {
        Logger log = LoggerFactory.getLogger(NightlyCommand.class);
        log.debug("The thread {} stopped: {}", thread.getName(), FailureMessage.trace(failure));
        log.error(FailureMessage.describe("the thread " + thread.getName() + " stopped", failure));
    }

    /**
     * Ends the process at once with exit 1, its one line on the console, when waiting for the job
     * would take too long ({@link StopSignal}'s grace over, {@link HeapWatch}'s collector taking all
     * the time): the next run finds the execution still marked as running and resumes it, as after a kill.
     */
    static void halt(String message, Runnable beforeHalt) {
        System.err.println(NAME + ": " + message);
        beforeHalt.run();
        Runtime.getRuntime().halt(ExitCodes.FAILED);
    }

    public static int run(String... args) {
        List<String> given = Arrays.asList(args);
        if (given.contains("--help") || given.contains("-h")) {
            System.out.print(help());
            return ExitCodes.OK;
        }
        if (given.contains("--version")) {
            System.out.println(NAME + " " + version());
            return ExitCodes.OK;
        }
        if (given.contains("--rules")) {
            System.out.print(RuleCatalogue.markdown());
            return ExitCodes.OK;
        }
        try (RunTempFolder temp = RunTempFolder.create();
             AutoCloseable signals = StopSignal.install(temp::close);
             AutoCloseable heap = HeapWatch.start(temp::close)) {
            return run(args, temp);
        } catch (UsageException e) {
            System.err.println(NAME + ": " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (Exception | Error e) {
            // an error too (the heap run out before or after the job): one message and exit 1, not a trace
            return failed(e);
        }
    }

    private static int run(String[] args, RunTempFolder temp) {
        RunOptions options;
        List<String> builtIn;
        String[] effective;
        ExportFolder export;
        try {
            options = RunOptions.parse(args);
            FolderChecks.check(options);
            List<String> defaults = BuiltInDefaults.arguments(args, temp.dir());
            builtIn = defaults.stream().map(arg -> arg.substring(2, arg.indexOf('='))).toList();
            effective = concat(args, defaults);
            options = RunOptions.parse(effective);
            export = new ExportFolder(options.input(), options.inputCharset());
            export.preflight();
            ComplianceConfig.load(options.config());
            requireFile(options.provinces(), "--provinces");
            requireFile(options.holidays(), "--holidays");
        } catch (InputFileException e) {
            throw new UsageException(e.getMessage(), e);
        }
        try (StateLock lock = StateLock.acquire(options.stateDir())) {
            if (StopSignal.received()) {
                System.err.println(NAME + ": " + StopSignal.MESSAGE);
                return ExitCodes.FAILED;
            }
            AheadOfTime.useWhenPackaged(IcpComplianceApplication.class);
            BatchEventTypes.registerInBackground();
            Map<String, Object> properties = new HashMap<>();
            properties.put("state-dir", options.stateDir().toAbsolutePath().toString());
            properties.put(COMMAND_LINE_PROPERTY, "true");
            properties.put(BUILT_IN_PROPERTY, String.join(",", builtIn));
            ConfigurableApplicationContext context = new SpringApplicationBuilder(IcpComplianceApplication.class)
                    // the class whose ahead-of-time initializer Spring looks for
                    .main(IcpComplianceApplication.class)
                    .registerShutdownHook(false)
                    .listeners(event -> {
                        if (event instanceof ApplicationPreparedEvent && temp.swept() > 0) {
                            LoggerFactory.getLogger(NightlyCommand.class).info(
                                    "Removed {} temporary folder(s) that killed runs left in {}", temp.swept(),
                                    temp.dir().getParent());
                        }
                        // POI warmed up on a spare thread beside the first steps, once the context has
                        // started: while it is made, the warm-up took a core from it and the JIT compilers
                        if (event instanceof ApplicationStartedEvent) {
                            WorkbookWarmUp.startInBackground();
                        }
                    })
                    .properties(properties)
                    .run(springArguments(effective, options));
            return SpringApplication.exit(context);
        } catch (StateLock.HeldException e) {
            System.err.println(NAME + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    /** An unexpected end: the cause chain on stderr, the trace in the log at debug level. */
    private static int failed(Throwable e) {
        Logger log = LoggerFactory.getLogger(NightlyCommand.class);
        log.debug("The run failed: {}", FailureMessage.trace(e));
        if (StopSignal.received()) {
            System.err.println(NAME + ": " + StopSignal.MESSAGE);
        } else {
            System.err.println(NAME + ": " + FailureMessage.withRemedy(FailureMessage.describe("the run failed", e), e));
        }
        return ExitCodes.FAILED;
    }

    /**
     * The arguments for Spring: those of the command line, {@code --debug} and {@code --quiet}
     * turned into log levels. The console pattern never shows a logged exception's trace; at debug
     * level the failure's trace is part of the message ({@link FailureMessage#trace}).
     */
    private static String[] springArguments(String[] args, RunOptions options) {
        List<String> spring = new ArrayList<>();
        for (String arg : args) {
            if (!arg.equals("--debug") && !arg.startsWith("--debug=")) {
                spring.add(arg);
            }
        }
        if (options.debug()) {
            spring.add("--logging.level.cn.icpcheck=DEBUG");
        } else if (options.quiet()) {
            // command-line properties outrank application.properties
            spring.add("--logging.level.cn.icpcheck=WARN");
        }
        return spring.toArray(String[]::new);
    }

    private static String[] concat(String[] args, List<String> more) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(more);
        return all.toArray(String[]::new);
    }

    private static void requireFile(java.nio.file.Path file, String option) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new UsageException(option + ": file " + file + " does not exist");
        }
    }

    /** The version of the build: from the build information the jar carries, else its manifest. */
    public static String version() {
        try (InputStream in = NightlyCommand.class.getClassLoader().getResourceAsStream("META-INF/build-info.properties")) {
            if (in != null) {
                Properties build = new Properties();
                build.load(in);
                String version = build.getProperty("build.version");
                if (version != null) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall back on the manifest
        }
        String version = NightlyCommand.class.getPackage().getImplementationVersion();
        return version == null ? "(unknown version)" : version;
    }

    static String help() {
        String defaults = Arrays.stream(BuiltInDefaults.Default.values())
                .map(d -> d.path().toString()).collect(Collectors.joining(", "));
        return """
                Usage: java -jar icp-compliance.jar [--option=value …]

                Checks one night's export of ICP filing records and writes the reports of its run date.

                  --input=DIR              the export folder (default sample-data)
                  --output=DIR             the reports go to DIR/<run-date>/ (default reports)
                  --run-date=YYYY-MM-DD    the business date (default today in Asia/Shanghai)
                  --state-dir=DIR          the state folder: lock and embedded database (default state)
                  --config=FILE            the job configuration (default jobs/nightly-compliance.yml)
                  --provinces=FILE         the province table (default jobs/provinces.csv)
                  --holidays=FILE          the holiday calendar (default jobs/holidays.csv)
                  --lang=zh|en             the language of the workbooks (default zh)
                  --input-charset=NAME     the export's character set (default UTF-8)
                  --max-rejects=N          fail the run above N rejected rows (default 1000)
                  --max-shrink=PERCENT     fail the run when a required file shrank by more (default 20; 100: off)
                  --keep-days=N            days of findings history kept (default 400)
                  --keep-report-days=N     days of report folders kept (default 90)
                  --triage-inbox=DIR       the staff's edited workbooks and CSV files (default triage-inbox)
                  --rerun                  run a date that already completed again
                  --quiet                  log warnings and errors only
                  --debug                  log details, with the stack trace of a failure
                  --spring.datasource.url=jdbc:postgresql://…   the state database on PostgreSQL
                                           (with --spring.datasource.username=, --spring.datasource.password=)
                  --help                   this text
                  --version                the version
                  --rules                  the rule catalogue: every check, its severity, deadline and action

                %s: used from the working folder when there, otherwise the copies built into the jar.
                Exit status: 0 completed (or already completed), 1 failed or stopped (the same command
                resumes it), 2 usage error (nothing was started).
                """.formatted(defaults);
    }
}
