package cn.icpcheck.job;

import cn.icpcheck.testing.AgainstUnbrokenRuns;
import cn.icpcheck.testing.Command;
import cn.icpcheck.testing.HistorySnapshot;
import cn.icpcheck.testing.ReportFiles;
import cn.icpcheck.testing.StateDatabase;
import cn.icpcheck.testing.StateDatabase.Platform;
import cn.icpcheck.testing.StepFault;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.system.CapturedOutput;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.icpcheck.testing.TestExport.DAY_1;
import static cn.icpcheck.testing.TestExport.DAY_2;
import static cn.icpcheck.testing.TestExport.DAY_3;
import static cn.icpcheck.testing.TestExport.domain;
import static cn.icpcheck.testing.TestExport.subjectNo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history across run dates, on the embedded database and on PostgreSQL: the trend of each run,
 * a run date that completed is not run again, {@code --rerun} replaces a date, and what is older
 * than the retention periods goes.
 */
class NightlyHistoryTest extends AgainstUnbrokenRuns {


    @ParameterizedTest
    @EnumSource(Platform.class)
    void eachRunIsComparedWithTheLastCompletedRun(Platform platform) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir.resolve("state"))) {
            Command command = command(database);
            for (LocalDate day : List.of(DAY_1, DAY_2, DAY_3)) {
                assertThat(command.run(unbroken.input(day), day)).isZero();
            }
            Set<String> day1 = ReportFiles.findingKeys(command.reports(DAY_1));
            Set<String> day2 = ReportFiles.findingKeys(command.reports(DAY_2));

            assertThat(trend(command, DAY_1)).isEqualTo(Map.of("previous_run_date", "none", "new", day1.size(),
                    "still_open", 0, "resolved", 0));
            assertThat(trend(command, DAY_2)).isEqualTo(Map.of("previous_run_date", DAY_1.toString(),
                    "new", minus(day2, day1).size(), "still_open", day2.size() - minus(day2, day1).size(),
                    "resolved", minus(day1, day2).size()));
            // as TestExport.dayTwo made it: subjects 1, 2 and 5 fixed or gone; 3 suspended, 41 added
            assertThat(minus(day1, day2)).containsExactlyInAnyOrder(
                    "CONTACT_MOBILE_INVALID|" + subjectNo(1) + "||subject_principal",
                    "CONTACT_MOBILE_INVALID|" + subjectNo(1) + "|" + subjectNo(1) + "-1|service_principal",
                    "DOMAIN_EXPIRED|" + subjectNo(2) + "|" + subjectNo(2) + "-1|" + domain(2),
                    "CONTACT_MOBILE_INVALID|" + subjectNo(5) + "||subject_principal",
                    "CONTACT_MOBILE_INVALID|" + subjectNo(5) + "|" + subjectNo(5) + "-1|service_principal");
            assertThat(minus(day2, day1)).containsExactlyInAnyOrder(
                    "DOMAIN_SUSPENDED|" + subjectNo(3) + "|" + subjectNo(3) + "-1|" + domain(3),
                    "CONTACT_MOBILE_INVALID|" + subjectNo(41) + "||subject_principal",
                    "CONTACT_MOBILE_INVALID|" + subjectNo(41) + "|" + subjectNo(41) + "-1|service_principal");
            assertThat(trend(command, DAY_3)).isEqualTo(Map.of("previous_run_date", DAY_2.toString(),
                    "new", 0, "still_open", day2.size(), "resolved", 0));

            // a finding keeps the date it was first seen through every run that still finds it
            assertThat(firstSeen(database, DAY_3, "DOMAIN_SUSPENDED", subjectNo(3))).isEqualTo(DAY_2.toString());
            assertThat(firstSeen(database, DAY_3, "DOMAIN_EXPIRED", subjectNo(7))).isEqualTo(DAY_1.toString());
            unbroken.assertSameOutputs(command, DAY_2);
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void aRunThatDidNotCompleteIsNotComparedWith(Platform platform) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir.resolve("state"))) {
            Command command = command(database);
            assertThat(command.run(unbroken.input(DAY_1), DAY_1)).isZero();
            StepFault.failOnce("writeSummary");
            assertThat(command.run(unbroken.input(DAY_2), DAY_2, StepFault.SOURCE_ARGUMENT)).isEqualTo(ExitCodes.FAILED);
            assertThat(HistorySnapshot.of(database, DAY_2).run()).as("recorded before it failed").hasSize(1);

            assertThat(command.run(unbroken.input(DAY_3), DAY_3)).isZero();

            assertThat(trend(command, DAY_3).get("previous_run_date")).isEqualTo(DAY_1.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void aCompletedRunDateIsNotRunAgain(Platform platform, CapturedOutput output) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir.resolve("state"))) {
            Command command = command(database);
            assertThat(command.run(unbroken.input(DAY_1), DAY_1)).isZero();
            assertThat(command.run(unbroken.input(DAY_2), DAY_2)).isZero();
            Map<String, String> files = ReportFiles.fingerprint(command.output());
            HistorySnapshot history = HistorySnapshot.of(database, DAY_2);
            Thread.sleep(20);

            assertThat(command.run(unbroken.input(DAY_2), DAY_2)).isZero();

            assertThat(output).contains("The run of 2026-12-01 already completed");
            assertThat(ReportFiles.fingerprint(command.output())).isEqualTo(files);
            assertThat(HistorySnapshot.of(database, DAY_2)).isEqualTo(history);
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void rerunRunsADateAgainAndReplacesItsHistory(Platform platform) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir.resolve("state"))) {
            Command command = command(database);
            assertThat(command.run(unbroken.input(DAY_1), DAY_1)).isZero();
            assertThat(command.run(unbroken.input(DAY_2), DAY_2)).isZero();

            assertThat(command.run(unbroken.input(DAY_2), DAY_2, "--rerun")).isZero();
            assertThat(command.run(unbroken.input(DAY_1), DAY_1, "--rerun")).isZero();

            unbroken.assertSameOutputs(command, DAY_1);
            unbroken.assertSameOutputs(command, DAY_2);
            assertThat(database.jdbc().queryForList("SELECT ATTEMPT FROM ICP_HISTORY_RUN ORDER BY RUN_DATE", Long.class))
                    .containsExactly(2L, 2L);
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void aCompletedRunForgetsWhatIsOlderThanTheRetentionPeriods(Platform platform) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir.resolve("state"))) {
            Command command = command(database);
            Path output = command.output();
            Files.createDirectories(output.resolve("2027-01-01"));
            Files.createDirectories(output.resolve("archive"));
            Files.createDirectories(output.resolve("2026-13-45"));
            Files.writeString(Files.createDirectories(output).resolve("README.md"), "reports");
            String keep = "--keep-days=1";
            String keepReports = "--keep-report-days=0";
            assertThat(command.run(unbroken.input(DAY_1), DAY_1, keep, keepReports)).isZero();
            assertThat(command.run(unbroken.input(DAY_2), DAY_2, keep, keepReports)).isZero();
            assertThat(Files.exists(command.reports(DAY_1))).as("only this run's folder is kept").isFalse();
            assertThat(command.run(unbroken.input(DAY_3), DAY_3, keep, keepReports)).isZero();

            assertThat(database.jdbc().queryForList("SELECT RUN_DATE FROM ICP_HISTORY_RUN ORDER BY RUN_DATE", String.class))
                    .containsExactly(DAY_2.toString(), DAY_3.toString());
            assertThat(database.jdbc().queryForList("SELECT DISTINCT RUN_DATE FROM ICP_HISTORY_FINDING ORDER BY RUN_DATE",
                    String.class)).containsExactly(DAY_2.toString(), DAY_3.toString());
            try (var left = Files.list(output)) {
                assertThat(left.map(p -> p.getFileName().toString()))
                        .containsExactlyInAnyOrder(DAY_3.toString(), "2027-01-01", "archive", "2026-13-45", "README.md");
            }
        }
    }

    private Command command(StateDatabase database) {
        return Command.in(dir, database);
    }

    private static Map<String, Object> trend(Command command, LocalDate day) throws Exception {
        JsonNode trend = ReportFiles.summary(command.reports(day)).get("trend");
        JsonNode previous = trend.get("previous_run_date");
        return Map.of("previous_run_date", previous.isNull() ? "none" : previous.asString(),
                "new", trend.get("new").asInt(), "still_open", trend.get("still_open").asInt(),
                "resolved", trend.get("resolved").asInt());
    }

    private static String firstSeen(StateDatabase database, LocalDate day, String rule, String subjectNo) {
        return database.jdbc().queryForObject("""
                SELECT FIRST_SEEN FROM ICP_HISTORY_FINDING WHERE RUN_DATE = ? AND RULE = ? AND SUBJECT_NO = ?""",
                String.class, day, rule, subjectNo);
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> difference = new HashSet<>(a);
        difference.removeAll(b);
        return difference;
    }
}
