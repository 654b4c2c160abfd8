package cn.icpcheck.history;

import cn.icpcheck.rules.FindingId;
import cn.icpcheck.testing.Command;
import cn.icpcheck.testing.ReportFiles;
import cn.icpcheck.testing.StateDatabase;
import cn.icpcheck.testing.StateDatabase.Platform;
import cn.icpcheck.support.CsvFiles;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A state database made by release 0.1 (kept in src/test/resources/upgrade: the HSQLDB files, and a
 * dump of the PostgreSQL schema) upgrades in place on the first run of this version: its history is
 * kept, its findings get their ids, and the new run is compared with the old one.
 */
class StateUpgradeTest {

    private static final Path FIXTURE = Path.of("src/test/resources/upgrade/release-0.1");
    private static final LocalDate OLD_RUN = LocalDate.of(2026, 11, 30);
    private static final LocalDate NEW_RUN = OLD_RUN.plusDays(1);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Platform.class)
    void aStateDatabaseOfRelease01UpgradesInPlaceWithItsHistoryKept(Platform platform) throws Exception {
        Path state = dir.resolve("state");
        if (platform == Platform.HSQLDB) {
            Files.createDirectories(state);
            for (String file : List.of("icp-state.data", "icp-state.properties", "icp-state.script")) {
                Files.copy(FIXTURE.resolve("hsqldb").resolve(file), state.resolve(file));
            }
        }
        try (StateDatabase database = StateDatabase.create(platform, state)) {
            if (platform == Platform.POSTGRESQL) {
                String schema = database.jdbc().queryForObject("SELECT current_schema()", String.class);
                String dump = Files.readString(FIXTURE.resolve("postgresql/state.sql")).replace("${schema}", schema);
                new ResourceDatabasePopulator(new ByteArrayResource(dump.getBytes(StandardCharsets.UTF_8)))
                        .execute(database.jdbc().getDataSource());
            }
            int oldFindings = count(database, "SELECT COUNT(*) FROM ICP_HISTORY_FINDING WHERE RUN_DATE = DATE '2026-11-30'");
            assertThat(oldFindings).as("the fixture's history").isEqualTo(69);

            Command command = new Command(dir.resolve("reports"), state, database);
            assertThat(command.run(Path.of("sample-data"), NEW_RUN)).isZero();

            // the old night is still there, now with ids, and the new night was compared with it
            assertThat(count(database, "SELECT COUNT(*) FROM ICP_HISTORY_FINDING WHERE RUN_DATE = DATE '2026-11-30'"))
                    .isEqualTo(oldFindings);
            List<Map<String, Object>> old = database.jdbc().queryForList(
                    "SELECT RULE, SUBJECT_NO, SERVICE_NO, OBJECT, FINDING_ID FROM ICP_HISTORY_FINDING WHERE RUN_DATE = ?",
                    OLD_RUN);
            assertThat(old).allSatisfy(row -> assertThat(row.get("FINDING_ID")).isEqualTo(FindingId.of(
                    (String) row.get("RULE"), (String) row.get("SUBJECT_NO"), (String) row.get("SERVICE_NO"),
                    (String) row.get("OBJECT"))));
            JsonNode trend = ReportFiles.summary(command.reports(NEW_RUN)).get("trend");
            assertThat(trend.get("previous_run_date").asString()).isEqualTo("2026-11-30");
            // the same export a day later: most findings still open since the old night, a few changed with the date
            int stillOpen = trend.get("still_open").asInt();
            assertThat(stillOpen).isGreaterThan(60);
            assertThat(stillOpen + trend.get("resolved").asInt()).isEqualTo(oldFindings);
            assertThat(CsvFiles.read(command.reports(NEW_RUN).resolve("findings.csv")).stream()
                    .filter(f -> f.get("first_seen").equals("2026-11-30"))).hasSize(stillOpen);
            // the findings the new night no longer found are kept with the night that last found them
            assertThat(database.jdbc().queryForList("SELECT DISTINCT LAST_SEEN FROM ICP_HISTORY_RESOLVED WHERE RUN_DATE = ?",
                    LocalDate.class, NEW_RUN)).containsExactly(OLD_RUN);
            assertThat(count(database, "SELECT COUNT(*) FROM ICP_HISTORY_RESOLVED")).isEqualTo(trend.get("resolved").asInt());
            // HSQLDB's versions 4 and 7 set its row cache and its log's size; PostgreSQL has no such settings
            List<String> migrations = platform == Platform.HSQLDB
                    ? List.of("1 BASELINE", "2 SQL", "3 JDBC", "4 SQL", "5 SQL", "6 SQL", "7 SQL")
                    : List.of("1 BASELINE", "2 SQL", "3 JDBC", "5 SQL", "6 SQL");
            assertThat(database.jdbc().queryForList(
                    "SELECT \"version\" || ' ' || \"type\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"",
                    String.class)).containsExactlyElementsOf(migrations);

            // and the next run of the new version finds nothing left to migrate
            assertThat(command.run(Path.of("sample-data"), NEW_RUN.plusDays(1))).isZero();
            assertThat(count(database, "SELECT COUNT(*) FROM \"flyway_schema_history\"")).isEqualTo(migrations.size());
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void versions5And6KeepWhatTheNightsRecordedBeforeFoundAndNoLongerFoundAndHowMany(Platform platform) throws Exception {
        try (StateDatabase database = StateDatabase.create(platform, dir.resolve("state"))) {
            // the last version before 5: PostgreSQL has no version 4
            database.migrateTo(platform == Platform.HSQLDB ? "4" : "3");
            JdbcTemplate jdbc = database.jdbc();
            LocalDate day3 = NEW_RUN.plusDays(1);
            for (LocalDate night : List.of(OLD_RUN, NEW_RUN, day3)) {
                jdbc.update("""
                        INSERT INTO ICP_HISTORY_RUN (RUN_DATE, ATTEMPT, JOB_EXECUTION_ID, COMPLETED_AT, FINDINGS,
                            NEW_FINDINGS, STILL_OPEN, RESOLVED, REJECTED_ROWS) VALUES (?, 1, 1, ?, 0, 0, 0, 0, 0)""",
                        night, night.atStartOfDay());
            }
            // subject a on the first two nights (its deadline moved), b on the first only, c on the last
            recordFinding(jdbc, OLD_RUN, "a", LocalDate.of(2027, 1, 1));
            recordFinding(jdbc, OLD_RUN, "b", null);
            recordFinding(jdbc, NEW_RUN, "a", LocalDate.of(2027, 2, 1));
            recordFinding(jdbc, day3, "c", null);

            database.createSchema();

            assertThat(jdbc.query("""
                    SELECT RUN_DATE, FINDING_ID, LAST_SEEN, SEVERITY, DEADLINE FROM ICP_HISTORY_RESOLVED
                    ORDER BY RUN_DATE""", (rs, n) -> rs.getObject(1, LocalDate.class) + " " + rs.getString(2) + " "
                    + rs.getObject(3, LocalDate.class) + " " + rs.getString(4) + " " + rs.getObject(5, LocalDate.class)))
                    .containsExactly(NEW_RUN + " " + id("b") + " " + OLD_RUN + " MEDIUM null",
                            day3 + " " + id("a") + " " + NEW_RUN + " MEDIUM 2027-02-01");
            assertThat(jdbc.query("SELECT RUN_DATE, SEVERITY, FINDINGS FROM ICP_HISTORY_SEVERITY ORDER BY RUN_DATE",
                    (rs, n) -> rs.getObject(1, LocalDate.class) + " " + rs.getString(2) + " " + rs.getInt(3)))
                    .containsExactly(OLD_RUN + " MEDIUM 2", NEW_RUN + " MEDIUM 1", day3 + " MEDIUM 1");
        }
    }

    private static void recordFinding(JdbcTemplate jdbc, LocalDate night, String subject, LocalDate deadline) {
        jdbc.update("""
                INSERT INTO ICP_HISTORY_FINDING (RUN_DATE, RULE, SUBJECT_NO, SERVICE_NO, OBJECT, SEVERITY, FAMILY,
                    CUSTOMER_ID, PROVINCE, DEADLINE, DETAIL, FIRST_SEEN, FINDING_ID)
                VALUES (?, 'DOMAIN_EXPIRED', ?, '', '', 'MEDIUM', 'DOMAIN', 'c', '浙', ?, '', ?, ?)""",
                night, subject, deadline, night, id(subject));
    }

    private static String id(String subject) {
        return FindingId.of("DOMAIN_EXPIRED", subject, "", "");
    }

    private static int count(StateDatabase database, String sql) {
        return database.jdbc().queryForObject(sql, Integer.class);
    }
}
