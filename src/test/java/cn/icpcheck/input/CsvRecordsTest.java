package cn.icpcheck.input;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link CsvRecords} reads every text as opencsv's {@code CSVReader} with its RFC 4180 parser read it
 * for {@link CsvRows}: the same records, the same count of physical lines after each, the same
 * failure where a quote is never closed. Read with buffers of one character up, so that every line
 * end, separator and quote also falls on a buffer's edge.
 */
class CsvRecordsTest {

    private static final int[] BUFFER_SIZES = {1, 2, 3, 5, 8, 64, 1 << 16};

    /** Every form inputs.md allows, and the broken ones it says how to reject. */
    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "subject_id,name\n",
            "subject_id,name\nS1,浙江某某科技有限公司\nS2,Acme\n",
            "a,b\r\nc,d\r\n",
            "a,b\rc,d\r",
            "a,b\nc,d",
            "a,b\n\n\nc,d\n\n",
            "a,b\r\n\r\nc,d\r\n",
            "a,,b,\n,\n,,\n",
            "a,\"b,c\",d\n",
            "a,\"say \"\"hi\"\"\",d\n",
            "a,\"\",d\n",
            "a,\"line one\nline two\",d\ne,f,g\n",
            "a,\"line one\r\nline two\r\n\r\nline four\",d\r\ne,f,g\r\n",
            "a, \"b\" ,c\n",
            "a,b\"c,d\n",
            "a,\"b\"c,d\n",
            "\"a\"\"\",b\n",
            "a,\"never closed\nb,c\nd,e\n",
            "a,\"never closed",
            "\"\n",
            "\",\"\n\"\n",
            "a,b\r",
            "\r\n\r\n",
            "\uFEFFsubject_id,name\nS1,x\n",
            "id,地址\n1,\"浙江省杭州市,西湖区\"\n2,\"多行\n地址\"\n",
    })
    void readsEachFormAsOpencsvDoes(String text) throws IOException {
        for (int size : BUFFER_SIZES) {
            assertThat(read(new CsvRecords(new StringReader(text), size))).as("buffer of %d", size)
                    .isEqualTo(readWithOpencsv(text));
        }
    }

    @Test
    void readsRandomTextAsOpencsvDoes() throws IOException {
        char[] alphabet = {'a', 'b', '中', ',', ',', '"', '\n', '\r', ' '};
        Random random = new Random(20261204);
        for (int round = 0; round < 4_000; round++) {
            char[] text = new char[random.nextInt(40)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String csv = new String(text);
            List<String> expected = readWithOpencsv(csv);
            for (int size : BUFFER_SIZES) {
                assertThat(read(new CsvRecords(new StringReader(csv), size)))
                        .as("%s with a buffer of %d", csv.replace("\r", "\\r").replace("\n", "\\n"), size)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void aLineLongerThanTheBufferIsReadWhole() throws IOException {
        String cell = "x".repeat(10_000);
        CsvRecords records = new CsvRecords(new StringReader(cell + "," + cell + "\nb\n"), 16);

        assertThat(records.readNext()).containsExactly(cell, cell);
        assertThat(records.readNext()).containsExactly("b");
        assertThat(records.readNext()).isNull();
        assertThat(records.linesRead()).isEqualTo(2);
    }

    @Test
    void aQuoteNeverClosedFailsTheReadAfterTheLastLine() throws IOException {
        String text = "a,b\nc,\"d\ne\nf\n";
        CsvRecords records = new CsvRecords(new StringReader(text), 8);
        CSVReader opencsv = opencsv(text);

        assertThat(records.readNext()).containsExactly("a", "b");
        Throwable failure = catchThrowable(records::readNext);
        Throwable opencsvs = catchThrowable(() -> {
            opencsv.readNext();
            opencsv.readNext();
        });
        assertThat(failure).isInstanceOf(CsvMalformedLineException.class)
                .hasMessage(opencsvs.getMessage())
                .hasMessageContaining("\"d\ne\nf");
        assertThat(((CsvMalformedLineException) failure).getLineNumber())
                .isEqualTo(((CsvMalformedLineException) opencsvs).getLineNumber());
        assertThat(((CsvMalformedLineException) failure).getContext())
                .isEqualTo(((CsvMalformedLineException) opencsvs).getContext());
        assertThat(records.linesRead()).isEqualTo(4);
    }

    /** What each read gives: a record and the lines read after it, the failure (its line, words, lost text), or the end. */
    private static List<String> read(CsvRecords records) throws IOException {
        return outcomes(records::readNext, records::linesRead);
    }

    /** The same, read as {@link CsvRows} read before {@link CsvRecords}. */
    private static List<String> readWithOpencsv(String text) throws IOException {
        try (CSVReader csv = opencsv(text)) {
            return outcomes(csv::readNext, csv::getLinesRead);
        }
    }

    /** A reader's next record. */
    private interface Next {
        String[] read() throws IOException, CsvValidationException;
    }

    private static List<String> outcomes(Next next, LongSupplier linesRead) throws IOException {
        List<String> outcomes = new ArrayList<>();
        while (true) {
            try {
                String[] record = next.read();
                if (record == null) {
                    outcomes.add("end after " + linesRead.getAsLong());
                    return outcomes;
                }
                outcomes.add(Arrays.asList(record) + " after " + linesRead.getAsLong());
            } catch (CsvMalformedLineException e) {
                outcomes.add(malformed(e) + " after " + linesRead.getAsLong());
                return outcomes;
            } catch (CsvValidationException e) {
                throw new IllegalStateException("no validator is set", e);
            }
        }
    }

    private static String malformed(CsvMalformedLineException e) {
        return "malformed from line " + e.getLineNumber() + ": " + e.getMessage() + " / " + e.getContext();
    }

    /** opencsv's reader as {@link CsvRows} configured it before {@link CsvRecords}. */
    private static CSVReader opencsv(String text) {
        return new CSVReaderBuilder(new BufferedReader(new StringReader(text), 1 << 16))
                .withCSVParser(new RFC4180ParserBuilder().build())
                .withVerifyReader(false)
                .build();
    }
}
