package cn.icpcheck.testing;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.icpcheck.testing.TestExport.DAY_1;
import static cn.icpcheck.testing.TestExport.DAY_2;
import static cn.icpcheck.testing.TestExport.DAY_3;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nights of the test export run without a break on the embedded database: day 1 and day 2, to
 * compare restarted, repeated and PostgreSQL runs with. Day 3's input is day 2's again.
 */
public final class UnbrokenRuns implements AutoCloseable {

    private final Map<LocalDate, Path> inputs;
    private final Command command;

    private UnbrokenRuns(Map<LocalDate, Path> inputs, Command command) {
        this.inputs = inputs;
        this.command = command;
    }

    public static UnbrokenRuns make(Path dir) throws IOException {
        Path dayTwo = TestExport.dayTwo().writeTo(dir.resolve("input-2"));
        Map<LocalDate, Path> inputs = Map.of(DAY_1, TestExport.dayOne().writeTo(dir.resolve("input-1")),
                DAY_2, dayTwo, DAY_3, dayTwo);
        Path state = dir.resolve("state");
        Command command = new Command(dir.resolve("reports"), state,
                StateDatabase.create(StateDatabase.Platform.HSQLDB, state));
        for (LocalDate day : List.of(DAY_1, DAY_2)) {
            assertThat(command.run(inputs.get(day), day)).as("unbroken run of %s", day).isZero();
        }
        return new UnbrokenRuns(inputs, command);
    }

    @Override
    public void close() {
        command.database().close();
    }

    public Path input(LocalDate runDate) {
        return inputs.get(runDate);
    }

    /** The steps of the job, in the order the first unbroken run ran them. */
    public List<String> steps() {
        return command.database().jdbc().queryForList("""
                SELECT STEP_NAME FROM BATCH_STEP_EXECUTION
                WHERE JOB_EXECUTION_ID = (SELECT MIN(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)
                ORDER BY STEP_EXECUTION_ID""", String.class);
    }

    public Path reports(LocalDate runDate) {
        return command.reports(runDate);
    }

    /**
     * Asserts that another run of a date wrote what the unbroken run wrote: the same files, every
     * CSV byte for byte, summary.json but for its times and input folder, every workbook whole with the same
     * sheets and cells; and recorded the same history.
     */
    public void assertSameOutputs(Command other, LocalDate runDate) throws IOException {
        Path expected = command.reports(runDate);
        Path actual = other.reports(runDate);
        assertThat(fileNames(actual)).isEqualTo(fileNames(expected));
        for (String name : fileNames(expected)) {
            if (name.endsWith(".csv")) {
                assertThat(actual.resolve(name)).as(name).hasSameBinaryContentAs(expected.resolve(name));
            } else if (name.endsWith(".json")) {
                assertThat(ReportFiles.comparableSummary(actual)).as(name).isEqualTo(ReportFiles.comparableSummary(expected));
            } else if (name.endsWith(".xlsx")) {
                assertThat(cells(actual.resolve(name))).as(name).isEqualTo(cells(expected.resolve(name)));
            }
        }
        assertThat(HistorySnapshot.of(other.database(), runDate))
                .isEqualTo(HistorySnapshot.of(command.database(), runDate));
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Every sheet of a workbook, as its name and each non-empty cell's address and text. */
    private static List<String> cells(Path workbook) throws IOException {
        DataFormatter text = new DataFormatter();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> cells = new ArrayList<>();
            for (Sheet sheet : book) {
                cells.add("sheet " + sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(cell.getAddress() + " " + text.formatCellValue(cell));
                    }
                }
            }
            return cells;
        }
    }
}
