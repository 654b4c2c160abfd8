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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link CsvRecords} reads every file as opencsv's {@code CSVReader} with its RFC 4180 parser read it
 * for {@link CsvRows}, over Java's decoder of the file's character set: the same records, the same
 * count of physical lines after each, the same failure where a quote is never closed; in UTF-8 and
 * in other character sets, with malformed bytes too. Read with buffers of one byte up, so that every
 * line end, separator, quote and character of several bytes also falls on a buffer's edge.
 */
class CsvRecordsTest {

    private static final int[] BUFFER_SIZES = {1, 2, 3, 5, 8, 64, 1 << 16};
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** The byte values that matter to splitting a line: the separator and every value below it. */
    private static final int SEPARATOR_AND_BELOW = ',' + 1;

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
            // every cell quoted, as many writers write a file
            "\"subject_no\",\"name\"\r\n\"京ICP备1号\",\"浙江某某科技有限公司\"\r\n\"S2\",\"\"\r\n",
            "\"a\",\"b,c\",\"\",\"\"\"\"\",\"say \"\"hi\"\"\"\n\"x\",\"中\",\"y\"\n",
            "\"a\",\n\"b\",,\"c\"\n,\"d\"\n",
            "\"a\" ,b\n",
            "\" a \",\"b\"x\n",
            "\"a\"\"\n",
            "\"a\",\"two\nlines\",\"c\"\n\"d\",\"e\"\n",
    })
    void readsEachFormAsOpencsvDoes(String text) throws IOException {
        for (Charset charset : List.of(StandardCharsets.UTF_8, GB18030, StandardCharsets.UTF_16LE)) {
            byte[] file = text.getBytes(charset);
            for (int size : BUFFER_SIZES) {
                assertThat(read(file, charset, size)).as("%s, buffer of %d", charset, size)
                        .isEqualTo(readWithOpencsv(file, charset));
            }
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
            byte[] csv = new String(text).getBytes(StandardCharsets.UTF_8);
            assertReadAsOpencsvReadsIt(csv, StandardCharsets.UTF_8);
        }
    }

    /**
     * Records of cells each quoted or not, with quotes doubled inside, separators and line ends in
     * quoted cells, and now and then a quote where RFC 4180 puts none (after a closing quote, inside a
     * cell that does not start with one, one left open): the lines whose quotes are all where it puts
     * them are split without opencsv's parser, the others by it.
     */
    @Test
    void readsRandomQuotedCellsAsOpencsvDoes() throws IOException {
        String[] pieces = {"a", "中", " ", ",", "\"\"", "\n", "\r\n"};
        Random random = new Random(20261205);
        for (int round = 0; round < 4_000; round++) {
            StringBuilder csv = new StringBuilder();
            for (int cell = random.nextInt(12); cell > 0; cell--) {
                boolean quoted = random.nextInt(3) > 0;
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(5); i > 0; i--) {
                    String piece = pieces[random.nextInt(pieces.length)];
                    text.append(quoted || !piece.startsWith("\"") && !piece.contains(",") && !piece.contains("\n")
                            ? piece : "b");
                }
                csv.append(quoted ? "\"" + text + "\"" : text);
                csv.append(switch (random.nextInt(12)) {
                    case 0 -> "\n";
                    case 1 -> "\"";
                    case 2 -> "x,";
                    default -> ",";
                });
            }
            assertReadAsOpencsvReadsIt(csv.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
    }

    /**
     * Bytes that are not UTF-8 (a sequence cut short by a separator, a quote or a line end, a byte that
     * starts none, a lone continuation byte) read as the characters Java's decoder makes of the whole
     * file: each cell decoded on its own gives the same U+FFFD.
     */
    @Test
    void readsRandomBytesAsOpencsvReadsTheirUtf8() throws IOException {
        byte[] alphabet = {'a', ',', ',', '"', '\n', '\r', ' ', 1, (byte) 0xE4, (byte) 0xB8, (byte) 0xAD,
                (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, (byte) 0xC3, (byte) 0xA9, (byte) 0xFF,
                (byte) 0xED, (byte) 0xA0};
        Random random = new Random(20261204);
        for (int round = 0; round < 4_000; round++) {
            byte[] csv = new byte[random.nextInt(40)];
            for (int i = 0; i < csv.length; i++) {
                csv[i] = alphabet[random.nextInt(alphabet.length)];
            }
            assertReadAsOpencsvReadsIt(csv, StandardCharsets.UTF_8);
        }
    }

    /**
     * Lines of every byte value in runs of any length, mostly of bytes that do not matter to the split
     * (letters, digits, characters beyond ASCII), which the reader passes eight at a time: each byte
     * that matters (every value up to the separator's) found wherever it falls in the eight, at a
     * buffer's end and across a refill.
     */
    @Test
    void readsLongRunsOfEveryByteAsOpencsvReadsTheirUtf8() throws IOException {
        byte[] ordinary = "abcXYZ019-./:;<=>?@[]_~\u007F中文€é".getBytes(StandardCharsets.UTF_8);
        Random random = new Random(20261206);
        for (int round = 0; round < 3_000; round++) {
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            for (int piece = random.nextInt(12); piece > 0; piece--) {
                for (int i = random.nextInt(40); i > 0; i--) {
                    csv.write(ordinary[random.nextInt(ordinary.length)]);
                }
                // one byte that matters, or any byte at all
                csv.write(random.nextInt(4) == 0 ? random.nextInt(256) : random.nextInt(SEPARATOR_AND_BELOW));
            }
            assertReadAsOpencsvReadsIt(csv.toByteArray(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void marksTheBytesUpToTheSeparatorInAWordAndTheFirstMarkIsAlwaysOne() {
        Random random = new Random(20261206);
        for (int round = 0; round < 200_000; round++) {
            long word = random.nextLong();
            // bytes near the separator's value, and of every kind
            for (int at = 0; at < 8; at++) {
                if (random.nextBoolean()) {
                    long b = 0x28 + random.nextInt(8);
                    word = word & ~(0xFFL << (8 * at)) | b << (8 * at);
                }
            }
            long marked = CsvRecords.belowSeparator(word);
            int first = -1;
            for (int at = 0; at < 8; at++) {
                int b = (int) (word >>> (8 * at)) & 0xFF;
                if (b < SEPARATOR_AND_BELOW) {
                    first = at;
                    break;
                }
            }
            assertThat(marked == 0 ? -1 : Long.numberOfTrailingZeros(marked) >>> 3)
                    .as("%016x", word).isEqualTo(first);
        }
    }

    /**
     * A file in another character set, with characters of two and four bytes and malformed bytes (a
     * broken sequence of four bytes in GB18030 takes the separator after it), read as Java's decoder
     * reads it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"GB18030", "GBK", "GB2312", "Big5", "UTF-16LE", "ISO-8859-1"})
    void readsRandomTextInAnotherCharsetAsOpencsvDoes(String name) throws IOException {
        Charset charset = Charset.forName(name);
        String[] pieces = {"a", "0", ",", ",", "\"", "\n", "\r", " ", "中", "€", "é", "\uD840\uDC00", "\u0001"};
        byte[][] broken = {{(byte) 0x81}, {(byte) 0xFE}, {(byte) 0x81, 0x30}, {(byte) 0x81, 0x30, (byte) 0x81},
                {(byte) 0x80}, {(byte) 0xA1}, {(byte) 0xD8}};
        Random random = new Random(20261205);
        for (int round = 0; round < 2_000; round++) {
            assertReadAsOpencsvReadsIt(BrokenTexts.random(random, charset, pieces, broken, 20, 6), charset);
        }
    }

    /**
     * Once a record holding a control character has been read, the reader says so, and from then on;
     * before the first, it does not (the cells read so far need no check for one).
     */
    @Test
    void saysWhenTheLinesReadHeldAControlCharacter() throws IOException {
        byte[] csv = "a,b\nc,\"d\n\u0007e\"\nf,\tg\nh,\u001Fi\n".getBytes(StandardCharsets.UTF_8);
        for (int size : BUFFER_SIZES) {
            CsvRecords records = CsvRecords.open(new ByteArrayInputStream(csv), StandardCharsets.UTF_8, size);
            List<Boolean> seen = new ArrayList<>();
            while (records.readNext() != null) {
                seen.add(records.controlCharacterSeen());
            }
            assertThat(seen).as("buffer of %d", size).containsExactly(false, true, true, true);
        }
        CsvRecords tabsOnly = CsvRecords.open(new ByteArrayInputStream("a,\tb\r\nc,d\r\n".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, 4);
        while (tabsOnly.readNext() != null) {
            assertThat(tabsOnly.controlCharacterSeen()).isFalse();
        }
    }

    /**
     * Reads a file with {@link CsvRecords#open} and with opencsv, with every buffer size: the same
     * outcomes; and no record holds a control character while the reader says it saw none.
     */
    private static void assertReadAsOpencsvReadsIt(byte[] csv, Charset charset) throws IOException {
        List<String> expected = readWithOpencsv(csv, charset);
        for (int size : BUFFER_SIZES) {
            assertThat(read(csv, charset, size))
                    .as("%s in %s with a buffer of %d", Arrays.toString(csv), charset, size)
                    .isEqualTo(expected);
        }
    }

    @Test
    void aLineLongerThanTheBufferIsReadWhole() throws IOException {
        String cell = "x".repeat(10_000);
        CsvRecords records = CsvRecords.open(new ByteArrayInputStream((cell + "," + cell + "\nb\n").getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, 16);

        assertThat(records.readNext()).containsExactly(cell, cell);
        assertThat(records.readNext()).containsExactly("b");
        assertThat(records.readNext()).isNull();
        assertThat(records.linesRead()).isEqualTo(2);
    }

    @Test
    void cellsAndQuotedLinesLongerThanTheScratchArrayAreReadAsOpencsvReadsThem() throws IOException {
        // 70,000 Chinese characters: 210,000 bytes, beyond the 64 K the scratch array is kept for
        String longCell = "长".repeat(70_000);
        String shortCell = "短" + "x".repeat(300);
        // the second line has a quote inside an unquoted cell: it goes whole to opencsv's parser, which
        // keeps the quote in the cell and reads the cell on into the third line
        String file = "a," + longCell + "\n\"q\"\"\"," + longCell + "x\"y\n" + shortCell + ",中\n"
                + shortCell + "," + longCell.substring(1) + "\n";
        byte[] csv = file.getBytes(StandardCharsets.UTF_8);

        assertThat(read(csv, StandardCharsets.UTF_8, 1 << 16)).isEqualTo(readWithOpencsv(csv, StandardCharsets.UTF_8));
        CsvRecords records = CsvRecords.open(new ByteArrayInputStream(csv), StandardCharsets.UTF_8, 1 << 16);
        assertThat(records.readNext()).containsExactly("a", longCell);
        assertThat(records.readNext()).containsExactly("q\"", longCell + "x\"y\n" + shortCell, "中");
        assertThat(records.readNext()).containsExactly(shortCell, longCell.substring(1));
        assertThat(records.readNext()).isNull();
    }

    @Test
    void aQuoteNeverClosedFailsTheReadAfterTheLastLine() throws IOException {
        String text = "a,b\nc,\"d\ne\nf\n";
        byte[] file = text.getBytes(StandardCharsets.UTF_8);
        CsvRecords records = CsvRecords.open(new ByteArrayInputStream(file), StandardCharsets.UTF_8, 8);
        CSVReader opencsv = opencsv(file, StandardCharsets.UTF_8);

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

    /**
     * What each read gives: a record and the lines read after it, the failure (its line, words, lost
     * text), or the end; a record that holds a control character fails the test unless the reader says
     * it saw one.
     */
    private static List<String> read(byte[] file, Charset charset, int bufferSize) throws IOException {
        try (CsvRecords records = CsvRecords.open(new ByteArrayInputStream(file), charset, bufferSize)) {
            return outcomes(() -> {
                String[] record = records.readNext();
                if (record != null && Arrays.stream(record).anyMatch(cell -> cell.chars().anyMatch(c -> CellCheck.isForbidden((char) c)))) {
                    assertThat(records.controlCharacterSeen()).as("a control character seen").isTrue();
                }
                return record;
            }, records::linesRead);
        }
    }

    /** The same, read as {@link CsvRows} read before {@link CsvRecords}. */
    private static List<String> readWithOpencsv(byte[] file, Charset charset) throws IOException {
        try (CSVReader csv = opencsv(file, charset)) {
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

    /** opencsv's reader as {@link CsvRows} configured it before {@link CsvRecords}, over Java's decoder. */
    private static CSVReader opencsv(byte[] file, Charset charset) {
        return new CSVReaderBuilder(new BufferedReader(new InputStreamReader(new ByteArrayInputStream(file), charset), 1 << 16))
                .withCSVParser(new RFC4180ParserBuilder().build())
                .withVerifyReader(false)
                .build();
    }
}
