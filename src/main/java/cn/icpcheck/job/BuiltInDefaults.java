package cn.icpcheck.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The job configuration, province table and holiday calendar built into the jar (the build copies
 * {@code jobs/} into it, so the repository's files are the only source). An option that was not
 * given defaults to {@code jobs/…} in the working folder when that file exists, otherwise to the
 * built-in copy, which is written into the run's private temporary folder for the run to read.
 */
public final class BuiltInDefaults {

    /** A file the command line can name, and its default. */
    public enum Default {
        CONFIG("config", "nightly-compliance.yml", "the job configuration"),
        PROVINCES("provinces", "provinces.csv", "the province table"),
        HOLIDAYS("holidays", "holidays.csv", "the holiday calendar");

        private final String option;
        private final String fileName;
        private final String what;

        Default(String option, String fileName, String what) {
            this.option = option;
            this.fileName = fileName;
            this.what = what;
        }

        public String option() {
            return option;
        }

        /** Where the option points by default, relative to the working folder: {@code jobs/…}. */
        public Path path() {
            return Path.of("jobs", fileName);
        }

        /** The built-in copy on the class path. */
        public String resource() {
            return "jobs/" + fileName;
        }

        public String what() {
            return what;
        }
    }

    private BuiltInDefaults() {
    }

    /**
     * The arguments that point every option not given and without its file in the working folder at
     * the built-in copy, written into {@code tempDir}; empty when nothing is needed.
     */
    public static List<String> arguments(String[] args, Path tempDir) {
        List<String> added = new ArrayList<>();
        for (Default d : Default.values()) {
            boolean given = Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + d.option() + "="));
            if (!given && !Files.isRegularFile(d.path())) {
                added.add("--" + d.option() + "=" + extract(d, tempDir));
            }
        }
        return added;
    }

    /** Whether the argument is one that {@link #arguments} added. */
    public static boolean isBuiltIn(Path file, Path tempDir) {
        return file.toAbsolutePath().startsWith(tempDir.toAbsolutePath());
    }

    private static Path extract(Default d, Path tempDir) {
        try (InputStream in = BuiltInDefaults.class.getClassLoader().getResourceAsStream(d.resource())) {
            if (in == null) {
                throw new UsageException("--" + d.option() + ": " + d.path() + " is not in the working folder "
                        + Path.of("").toAbsolutePath() + " and no copy is built into this jar");
            }
            Path target = tempDir.resolve(Path.of(d.resource()).getFileName());
            Files.copy(in, target);
            return target.toAbsolutePath();
        } catch (IOException e) {
            throw new UsageException("cannot copy the built-in " + d.resource() + " into " + tempDir + ": "
                    + FailureMessage.sentence(e), e);
        }
    }
}
