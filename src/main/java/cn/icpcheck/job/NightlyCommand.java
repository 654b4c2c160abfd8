package cn.icpcheck.job;

import cn.icpcheck.IcpComplianceApplication;
import cn.icpcheck.input.ExportFolder;
import cn.icpcheck.input.InputFileException;
import cn.icpcheck.report.WorkbookWarmUp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Arrays;
import java.util.Map;

/**
 * The command line: checks the options and the export before anything starts (usage errors exit
 * 2), takes the state folder's lock (a second run at once is refused), then runs the job in a
 * Spring Boot application and exits with {@link ExitCodes}.
 */
public final class NightlyCommand {

    /** Set when the application runs from the command line, so that {@link NightlyRunner} runs the job. */
    public static final String COMMAND_LINE_PROPERTY = "icp.command-line";

    private NightlyCommand() {
    }

    public static int run(String... args) {
        RunOptions options;
        try {
            options = RunOptions.parse(args);
            new ExportFolder(options.input(), options.inputCharset()).preflight();
            ComplianceConfig.load(options.config());
            requireFile(options.provinces(), "--provinces");
            requireFile(options.holidays(), "--holidays");
        } catch (UsageException | InputFileException e) {
            System.err.println("icp-compliance: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (StateLock lock = StateLock.acquire(options.stateDir())) {
            WorkbookWarmUp.startInBackground();
            ConfigurableApplicationContext context = new SpringApplicationBuilder(IcpComplianceApplication.class)
                    .properties(Map.of("state-dir", options.stateDir().toAbsolutePath().toString(),
                            COMMAND_LINE_PROPERTY, "true"))
                    .run(options.quiet() ? quiet(args) : args);
            return SpringApplication.exit(context);
        } catch (StateLock.HeldException e) {
            System.err.println("icp-compliance: " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (RuntimeException e) {
            System.err.println("icp-compliance: the run failed: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    /** {@code --quiet}: only warnings and errors, for cron (command-line properties outrank application.properties). */
    private static String[] quiet(String[] args) {
        String[] quiet = Arrays.copyOf(args, args.length + 1);
        quiet[args.length] = "--logging.level.cn.icpcheck=WARN";
        return quiet;
    }

    private static void requireFile(java.nio.file.Path file, String option) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new UsageException(option + ": file " + file + " does not exist");
        }
    }
}
