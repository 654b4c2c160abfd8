package cn.icpcheck.job;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The command line of a run (outputs.md). Options are {@code --name=value}; {@code --rerun},
 * {@code --quiet} and {@code --debug} are flags. Spring Boot properties ({@code --spring.…}, {@code --logging.…})
 * pass through to Spring.
 */
public record RunOptions(Path input, Path output, LocalDate runDate, Path stateDir, Path config,
                         Path provinces, Path holidays, Locale lang, Charset inputCharset, int maxRejects,
                         int maxShrink, boolean rerun, boolean quiet, int keepHistoryDays, int keepReportDays,
                         boolean debug, Path triageInbox) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Set<String> VALUED = Set.of("input", "output", "run-date", "state-dir", "config",
            "provinces", "holidays", "lang", "input-charset", "max-rejects", "max-shrink", "keep-days",
            "keep-report-days", "triage-inbox");
    private static final Set<String> FLAGS = Set.of("rerun", "quiet",
            "debug");
    private static final List<String> PASS_THROUGH = List.of("spring.", "logging.", "trace");

    /** Parses the arguments, applying the defaults of outputs.md. */
    public static RunOptions parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "': options are --name=value");
            }
            String body = arg.substring(2);
            int eq = body.indexOf('=');
            String name = eq < 0 ? body : body.substring(0, eq);
            if (PASS_THROUGH.stream().anyMatch(name::startsWith)) {
                continue;
            }
            if (FLAGS.contains(name)) {
                if (eq >= 0 && !Boolean.parseBoolean(body.substring(eq + 1))) {
                    continue;
                }
                values.put(name, "true");
            } else if (VALUED.contains(name)) {
                if (eq < 0 || body.substring(eq + 1).isBlank()) {
                    throw new UsageException("option --" + name + " needs a value: --" + name + "=…");
                }
                values.put(name, body.substring(eq + 1).trim());
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return new RunOptions(
                Path.of(values.getOrDefault("input", "sample-data")),
                Path.of(values.getOrDefault("output", "reports")),
                date(values.get("run-date")),
                Path.of(values.getOrDefault("state-dir", "state")),
                Path.of(values.getOrDefault("config", "jobs/nightly-compliance.yml")),
                Path.of(values.getOrDefault("provinces", "jobs/provinces.csv")),
                Path.of(values.getOrDefault("holidays", "jobs/holidays.csv")),
                lang(values.getOrDefault("lang", "zh")),
                charset(values.getOrDefault("input-charset", "UTF-8")),
                number("max-rejects", values.getOrDefault("max-rejects", "1000")),
                percent("max-shrink", values.getOrDefault("max-shrink", "20")),
                values.containsKey("rerun"),
                values.containsKey("quiet"),
                number("keep-days", values.getOrDefault("keep-days", "400")),
                number("keep-report-days", values.getOrDefault("keep-report-days", "90")),
                values.containsKey("debug"),
                Path.of(values.getOrDefault("triage-inbox", "triage-inbox")));
    }

    /** The folder this run's reports go to: {@code OUTPUT/<run-date>/}. */
    public Path reportDir() {
        return output.resolve(runDate.toString());
    }

    private static LocalDate date(String text) {
        LocalDate today = LocalDate.now(CHINA);
        if (text == null) {
            return today;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--run-date must be a real date yyyy-MM-dd, not '" + text + "'");
        }
        // no export can exist for a later date, and retention counted from it would delete real history
        if (date.isAfter(today.plusDays(1))) {
            throw new UsageException("--run-date " + text + " is later than tomorrow (" + today.plusDays(1)
                    + " in Asia/Shanghai): no export can exist for it");
        }
        return date;
    }

    private static Locale lang(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "zh" -> Locale.CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new UsageException("--lang must be zh or en, not '" + text + "'");
        };
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UsageException("--input-charset: unknown character set '" + name + "'");
        }
    }

    /** A percentage, 0–100. */
    private static int percent(String option, String text) {
        int n;
        try {
            n = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0 || n > 100) {
            throw new UsageException("--" + option + " must be a whole number from 0 to 100, not '" + text + "'");
        }
        return n;
    }

    private static int number(String option, String text) {
        try {
            int n = Integer.parseInt(text);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " must be a whole number ≥ 0, not '" + text + "'");
        }
    }
}
