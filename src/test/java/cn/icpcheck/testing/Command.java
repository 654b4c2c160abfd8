package cn.icpcheck.testing;

import cn.icpcheck.job.NightlyCommand;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a test's runs: one output folder, one state folder and database; the input
 * folder and run date per run.
 */
public record Command(Path output, Path stateDir, StateDatabase database) {

    /** The runs of a test folder: reports in {@code reports/}, the state in {@code state/}, on a database. */
    public static Command in(Path dir, StateDatabase database) {
        return new Command(dir.resolve("reports"), dir.resolve("state"), database);
    }

    /** The runs of a test folder on the embedded database, made in its {@code state/} folder. */
    public static Command embedded(Path dir) {
        return in(dir, StateDatabase.create(StateDatabase.Platform.HSQLDB, dir.resolve("state")));
    }

    /** Runs the command as {@code main} would, without exiting; returns the exit code. */
    public int run(Path input, LocalDate runDate, String... extra) {
        return NightlyCommand.run(args(input, runDate, extra));
    }

    public String[] args(Path input, LocalDate runDate, String... extra) {
        List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + output,
                "--state-dir=" + stateDir, "--run-date=" + runDate));
        args.addAll(database.arguments());
        if (List.of(extra).stream().noneMatch(a -> a.startsWith("--triage-inbox="))) {
            // never the working directory's inbox
            args.add("--triage-inbox=" + inbox());
        }
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    /** The staff's inbox of these runs, beside the output folder. */
    public Path inbox() {
        return output.resolveSibling("triage-inbox");
    }

    /** The report folder of a run date. */
    public Path reports(LocalDate runDate) {
        return output.resolve(runDate.toString());
    }
}
