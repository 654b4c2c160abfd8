package cn.icpcheck.report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReportTest {

    @Test
    void writesEveryRowWithItsOwnQuotingWhateverCameBefore() throws Exception {
        List<String[]> rows = List.of(
                new String[]{"京ICP备10115072号", "域名已于 2026-10-31 到期（已过 30 天）", "a,b"},
                new String[]{"plain", null, ""},
                // a shorter row after a longer one, a longer after a shorter: no cell of another row
                new String[]{"say \"hi\""},
                new String[]{"=SUM(A1)", "line\nbreak", "cr\rend", "-1"},
                new String[]{"ascii", "again", "x"});
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CsvReport.write(out, List.of("subject_no", "detail", "note"), rows);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "subject_no,detail,note\r\n"
                + "京ICP备10115072号,域名已于 2026-10-31 到期（已过 30 天）,\"a,b\"\r\n"
                + "plain,,\r\n"
                + "\"say \"\"hi\"\"\"\r\n"
                + "'=SUM(A1),\"line\nbreak\",\"cr\rend\",'-1\r\n"
                + "ascii,again,x\r\n");
    }

    @Test
    void aWriteThatFailsFailsTheFileEvenWhenTheNextOneWouldSucceed() {
        // opencsv's own writeNext keeps a failure for checkError() and goes on: a disk that fails
        // once would have left a file that misses nothing visible and a run that says all is well
        OutputStream failsOnce = new OutputStream() {
            private boolean failed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (!failed) {
                    failed = true;
                    throw new IOException("No space left on device");
                }
            }
        };
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            rows.add(new String[]{"京ICP备" + i + "号", "row " + i});
        }

        assertThatThrownBy(() -> CsvReport.write(failsOnce, Arrays.asList("subject_no", "detail"), rows))
                .isInstanceOf(IOException.class).hasMessage("No space left on device");
    }
}
