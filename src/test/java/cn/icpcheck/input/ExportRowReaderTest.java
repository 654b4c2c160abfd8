package cn.icpcheck.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportRowReaderTest {

    private static final String ENGLISH_HEADER = "instance_id,customer_id,status,expires_on,public_ip";

    @TempDir
    Path dir;

    @Test
    void findsColumnsByChineseOrEnglishNameInAnyOrderAndIgnoresExtraColumns() throws Exception {
        Path file = write("instances.csv", StandardCharsets.UTF_8,
                "\uFEFF 状态 ,备注,CUSTOMER_ID,实例ID\n运行中,无,C1,i-1\n");
        List<ExportRow> rows = readAll(file, StandardCharsets.UTF_8);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).text("instance_id")).isEqualTo("i-1");
        assertThat(rows.get(0).text("customer_id")).isEqualTo("C1");
        assertThat(rows.get(0).text("status")).isEqualTo("运行中");
        assertThat(rows.get(0).text("expires_on")).isNull();
        assertThat(rows.get(0).line()).isEqualTo(2);
    }

    @Test
    void readsGb18030WhenTold() throws Exception {
        Charset gb = Charset.forName("GB18030");
        Path file = write("instances.csv", gb, "实例ID,客户ID,状态\ni-1,C1,已释放\n");
        assertThat(readAll(file, gb).get(0).text("status")).isEqualTo("已释放");
    }

    @Test
    void countsPhysicalLinesThroughQuotedNewlinesAndBlankLines() throws Exception {
        Path file = write("instances.csv", StandardCharsets.UTF_8, ENGLISH_HEADER + "\r\n"
                + "i-1,\"C,1\",running,,\r\n"
                + "\r\n"
                + "i-2,\"C\n\"\"2\"\"\",running,,\r\n"
                + "   \r\n"
                + "i-3,C3,running,,\r\n");
        List<ExportRow> rows = readAll(file, StandardCharsets.UTF_8);
        assertThat(rows).extracting(ExportRow::line).containsExactly(2, 4, 7);
        assertThat(rows.get(0).text("customer_id")).isEqualTo("C,1");
        assertThat(rows.get(1).text("customer_id")).isEqualTo("C\n\"2\"");
        assertThat(rows.get(2).text("instance_id")).isEqualTo("i-3");
    }

    @Test
    void backslashesAreData() throws Exception {
        Path file = write("instances.csv", StandardCharsets.UTF_8, ENGLISH_HEADER + "\ni-1,C\\1,running,,\ni-2,C2,running,,\n");
        assertThat(readAll(file, StandardCharsets.UTF_8)).extracting(r -> r.text("customer_id")).containsExactly("C\\1", "C2");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRejectedWithItsLine() throws Exception {
        Path file = write("instances.csv", StandardCharsets.UTF_8, ENGLISH_HEADER + "\ni-1,C1,running\n");
        ExportRow row = readAll(file, StandardCharsets.UTF_8).get(0);
        assertThatThrownBy(() -> new RowFields(row)).isInstanceOfSatisfying(RowRejectedException.class, e -> {
            assertThat(e.rejection().reason()).isEqualTo(RejectReason.WRONG_FIELD_COUNT);
            assertThat(e.rejection().line()).isEqualTo(2);
            assertThat(e.rejection().reasonText()).isEqualTo("wrong number of fields: expected 5, found 3");
        });
    }

    @Test
    void anUnterminatedQuoteIsRejectedNotThrown() throws Exception {
        Path file = write("instances.csv", StandardCharsets.UTF_8, ENGLISH_HEADER + "\ni-1,C1,running,,\ni-2,\"C2,running,,\ni-3,C3,running,,\n");
        List<ExportRow> rows = readAll(file, StandardCharsets.UTF_8);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).malformedCause()).isEqualTo("lines 3–4 could not be read");
        assertThat(rows.get(1).linesLost()).isEqualTo(2);
    }

    @Test
    void aMissingRequiredColumnStopsTheRunNamingFileAndColumn() throws Exception {
        Path file = write("instances.csv", StandardCharsets.UTF_8, "instance_id,status\ni-1,running\n");
        assertThatThrownBy(() -> ExportRowReader.readHeader(file, ExportFile.INSTANCES, StandardCharsets.UTF_8))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("instances.csv").hasMessageContaining("customer_id");
    }

    @Test
    void anEmptyFileHasNoHeader() throws Exception {
        Path file = write("instances.csv", StandardCharsets.UTF_8, "");
        assertThatThrownBy(() -> ExportRowReader.readHeader(file, ExportFile.INSTANCES, StandardCharsets.UTF_8))
                .isInstanceOf(InputFileException.class).hasMessageContaining("instances.csv");
    }

    @Test
    void restartsAfterTheLastCommittedRowWhenItKeepsState() throws Exception {
        Path file = write("instances.csv", StandardCharsets.UTF_8, ENGLISH_HEADER + "\ni-1,C1,running,,\n\ni-2,C2,running,,\ni-3,C3,running,,\n");
        ExportRowReader first = new ExportRowReader(file, ExportFile.INSTANCES, StandardCharsets.UTF_8, true);
        ExecutionContext context = new ExecutionContext();
        first.open(context);
        first.read();
        first.read();
        first.update(context);
        first.close();
        ExportRowReader restarted = new ExportRowReader(file, ExportFile.INSTANCES, StandardCharsets.UTF_8, true);
        restarted.open(context);
        ExportRow next = restarted.read();
        restarted.close();
        assertThat(next.text("instance_id")).isEqualTo("i-3");
        assertThat(next.line()).isEqualTo(5);
    }

    @Test
    void readingAheadGivesTheSameRowsInTheSameOrder() throws Exception {
        StringBuilder content = new StringBuilder(ENGLISH_HEADER + "\n");
        for (int i = 0; i < 5_000; i++) {
            content.append(i % 7 == 0 ? "i-" + i + ",\"C\n" + i + "\",running,,\n" : "i-" + i + ",C" + i + ",running,,\n");
            if (i % 1000 == 999) {
                content.append("\n");
            }
        }
        content.append("i-x,\"unterminated,running,,\ni-y,C,running,,\n");
        Path file = write("instances.csv", StandardCharsets.UTF_8, content.toString());
        List<ExportRow> plain = readAll(file, StandardCharsets.UTF_8);
        List<ExportRow> ahead = readAll(file, StandardCharsets.UTF_8, true);
        assertThat(ahead).hasSize(5_001);
        assertThat(ahead).extracting(ExportRow::line).containsExactlyElementsOf(plain.stream().map(ExportRow::line).toList());
        assertThat(ahead).extracting(r -> r.text("customer_id")).containsExactlyElementsOf(plain.stream().map(r -> r.text("customer_id")).toList());
        assertThat(ahead.get(5_000).malformedCause()).endsWith("could not be read");
    }

    @Test
    void aReaderClosedBeforeTheEndStopsReadingAhead() throws Exception {
        StringBuilder content = new StringBuilder(ENGLISH_HEADER + "\n");
        for (int i = 0; i < 20_000; i++) {
            content.append("i-").append(i).append(",C,running,,\n");
        }
        Path file = write("instances.csv", StandardCharsets.UTF_8, content.toString());
        ExportRowReader reader = new ExportRowReader(file, ExportFile.INSTANCES, StandardCharsets.UTF_8, true);
        reader.setReadAhead(true);
        reader.open(new ExecutionContext());
        assertThat(reader.read().text("instance_id")).isEqualTo("i-0");
        reader.close();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("icp-read-instances"));
    }

    @Test
    void anAbsentOptionalFileReadsAsNoRows() throws Exception {
        ExportRowReader reader = new ExportRowReader(dir.resolve("orders.csv"), ExportFile.ORDERS, StandardCharsets.UTF_8, false);
        reader.open(new ExecutionContext());
        assertThat(reader.read()).isNull();
        reader.close();
    }

    @Test
    void oneReaderServesEachExecutionWithTheFileItsSourceNamesThen() throws Exception {
        Path first = write("instances.csv", StandardCharsets.UTF_8, ENGLISH_HEADER + "\ni-1,C1,running,,\ni-2,C1,running,,\n");
        Path second = Files.createDirectories(dir.resolve("next")).resolve("instances.csv");
        Files.writeString(second, ENGLISH_HEADER + "\ni-9,C9,running,,\n");
        List<ExportRowReader.Source> sources = new ArrayList<>(List.of(
                new ExportRowReader.Source(first, StandardCharsets.UTF_8, true),
                new ExportRowReader.Source(dir.resolve("absent.csv"), StandardCharsets.UTF_8, false),
                new ExportRowReader.Source(second, StandardCharsets.UTF_8, true)));
        ExportRowReader reader = new ExportRowReader(ExportFile.INSTANCES, () -> sources.remove(0));

        reader.open(new ExecutionContext());
        assertThat(reader.read().text("instance_id")).isEqualTo("i-1");
        assertThat(reader.read().text("instance_id")).isEqualTo("i-2");
        assertThat(reader.read()).isNull();
        assertThat(reader.progress().percent()).isEqualTo(100);
        reader.close();

        // an execution whose export has no such file: no rows, and no progress of the file before
        reader.open(new ExecutionContext());
        assertThat(reader.read()).isNull();
        assertThat(reader.progress()).isNull();
        reader.close();

        reader.open(new ExecutionContext());
        ExportRow row = reader.read();
        assertThat(row.text("instance_id")).isEqualTo("i-9");
        assertThat(row.line()).isEqualTo(2);
        assertThat(reader.read()).isNull();
        reader.close();
        assertThat(sources).isEmpty();
    }

    @Test
    void whatRunsAtTheEndRunsOnceBeforeTheEndIsSaidAndWhatItThrowsFailsTheRead() throws Exception {
        Path file = write("instances.csv", StandardCharsets.UTF_8, ENGLISH_HEADER + "\ni-1,C1,running,,\ni-2,C1,running,,\n");
        for (boolean ahead : new boolean[] {false, true}) {
            List<String> seen = new ArrayList<>();
            ExportRowReader reader = new ExportRowReader(file, ExportFile.INSTANCES, StandardCharsets.UTF_8, true);
            reader.setReadAhead(ahead);
            reader.setAtEnd(() -> seen.add("end"));
            reader.open(new ExecutionContext());
            seen.add(reader.read().text("instance_id"));
            seen.add(reader.read().text("instance_id"));
            assertThat(seen).containsExactly("i-1", "i-2");
            assertThat(reader.read()).isNull();
            assertThat(seen).containsExactly("i-1", "i-2", "end");
            assertThat(reader.read()).isNull();
            assertThat(seen).containsExactly("i-1", "i-2", "end");
            reader.close();

            // the next execution finds its end again
            reader.open(new ExecutionContext());
            while (reader.read() != null) {
                seen.add("row");
            }
            reader.close();
            assertThat(seen).containsExactly("i-1", "i-2", "end", "row", "row", "end");
        }

        ExportRowReader failing = new ExportRowReader(dir.resolve("orders.csv"), ExportFile.ORDERS, StandardCharsets.UTF_8, false);
        failing.setAtEnd(() -> {
            throw new IllegalStateException("the last checks failed");
        });
        failing.open(new ExecutionContext());
        assertThatThrownBy(failing::read).isInstanceOf(IllegalStateException.class).hasMessage("the last checks failed");
        failing.close();
    }

    @Test
    void everyRowWithAControlCharacterIsRejectedWhereverItIsInTheFileAndNoOtherRow() throws Exception {
        // some 250,000 characters: the reader's buffer takes the file in several blocks, and the
        // rows before the first control character skip the check of each character
        Map<Integer, String> planted = Map.of(3_000, "\u0000", 7_000, "\u0001", 6_000, "\u000B", 6_001, "\u001F", 9_999, "\u0007");
        StringBuilder csv = new StringBuilder(ENGLISH_HEADER).append('\n');
        for (int i = 0; i < 10_000; i++) {
            String customer = "C" + i + planted.getOrDefault(i, "");
            csv.append("i-").append(i).append(',').append(i % 7 == 0 ? "\"" + customer + "\t\r\n\"" : customer)
                    .append(",running,2027-01-01,10.0.0.1\r\n");
        }
        Path file = write("instances.csv", StandardCharsets.UTF_8, csv.toString());

        // read plainly, and ahead as services.csv is (the rows split on a thread of their own)
        for (boolean ahead : new boolean[] {false, true}) {
            List<ExportRow> rows = readAll(file, StandardCharsets.UTF_8, ahead);
            assertThat(rows).hasSize(10_000);
            assertThat(rows.get(0).mayHoldControls()).isFalse();
            assertThat(rows.get(3_000).mayHoldControls()).isTrue();
            Map<Integer, String> rejected = new TreeMap<>();
            for (ExportRow row : rows) {
                try {
                    new RowFields(row);
                } catch (RowRejectedException e) {
                    rejected.put(e.rejection().line(), e.rejection().column() + " " + e.rejection().reasonText());
                }
            }
            // the header is line 1, and every seventh row takes two lines
            assertThat(rejected).containsExactly(
                    Map.entry(lineOf(3_000), "customer_id control character U+0000 in value"),
                    Map.entry(lineOf(6_000), "customer_id control character U+000B in value"),
                    Map.entry(lineOf(6_001), "customer_id control character U+001F in value"),
                    Map.entry(lineOf(7_000), "customer_id control character U+0001 in value"),
                    Map.entry(lineOf(9_999), "customer_id control character U+0007 in value"));
        }
    }

    private static int lineOf(int row) {
        return 2 + row + (row + 6) / 7;
    }

    private Path write(String name, Charset charset, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(charset));
        return file;
    }

    private static List<ExportRow> readAll(Path file, Charset charset) throws Exception {
        return readAll(file, charset, false);
    }

    private static List<ExportRow> readAll(Path file, Charset charset, boolean ahead) throws Exception {
        ExportRowReader reader = new ExportRowReader(file, ExportFile.INSTANCES, charset, true);
        reader.setReadAhead(ahead);
        reader.open(new ExecutionContext());
        List<ExportRow> rows = new ArrayList<>();
        for (ExportRow row; (row = reader.read()) != null; ) {
            rows.add(row);
        }
        assertThat(reader.read()).isNull();
        reader.close();
        return rows;
    }
}
