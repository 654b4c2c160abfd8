package cn.icpcheck.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowsAheadTest {

    private static final String ROWS = "instance_id,customer_id,status,expires_on,public_ip\n"
            + "i-1,C1,running,,\ni-2,C1,running,,\n";

    /**
     * The export's bytes a few at a time (so that opening the file reads the header and no more),
     * then, where the file would go on, the failure.
     */
    private static InputStream failingAfterTheRows(Throwable failure) {
        return new InputStream() {
            private final InputStream rows = new ByteArrayInputStream(ROWS.getBytes(StandardCharsets.UTF_8));

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = rows.read(buffer, offset, Math.min(length, 64));
                if (read > 0) {
                    return read;
                }
                if (failure instanceof IOException io) {
                    throw io;
                }
                throw (Error) failure;
            }
        };
    }

    private static RowsAhead readingAhead(Throwable failure) throws IOException {
        return new RowsAhead(CsvRows.open(failingAfterTheRows(failure), StandardCharsets.UTF_8, ExportFile.INSTANCES),
                "icp-read-test");
    }

    @Test
    @Timeout(10)
    void anErrorOnTheReadingThreadIsThrownToTheStepWhereTheNextRowWouldHaveCome() throws Exception {
        // as the heap running out while reading ahead (an OutOfMemoryError, which JUnit will not let a test
        // catch): the step must hear of it, not wait for rows forever
        InternalError failure = new InternalError("the virtual machine failed");
        try (RowsAhead ahead = readingAhead(failure)) {
            assertThat(ahead.next().text("instance_id")).isEqualTo("i-1");
            assertThat(ahead.next().text("instance_id")).isEqualTo("i-2");
            assertThatThrownBy(ahead::next).isSameAs(failure);
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("icp-read-test"));
    }

    @Test
    void anIoFailureAfterARowFailsTheNextReadInsteadOfEndingTheFile() throws Exception {
        IOException failure = new IOException("Input/output error");
        try (CsvRows rows = CsvRows.open(failingAfterTheRows(failure), StandardCharsets.UTF_8, ExportFile.INSTANCES)) {
            assertThat(rows.next().text("instance_id")).isEqualTo("i-1");
            assertThat(rows.next().text("instance_id")).isEqualTo("i-2");
            assertThatThrownBy(rows::next).isSameAs(failure);
        }
    }

    @Test
    @Timeout(10)
    void anIoFailureOnTheReadingThreadIsThrownAsAnIoFailureWithItsMessage() throws Exception {
        IOException failure = new IOException("Input/output error");
        try (RowsAhead ahead = readingAhead(failure)) {
            // the rows read before the failure come first
            assertThat(ahead.next().line()).isEqualTo(2);
            assertThat(ahead.next().line()).isEqualTo(3);
            assertThatThrownBy(ahead::next).isInstanceOf(IOException.class).hasMessage("Input/output error")
                    .hasCause(failure);
        }
    }
}
