package cn.icpcheck.report;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlockDeflatedZipTest {

    /** The smallest block the zip takes: deflate's window. */
    private static final int BLOCK = 32 * 1024;

    @TempDir
    Path temp;

    @BeforeEach
    void spoolsHere() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temp.toFile()));
    }

    @AfterEach
    void spoolsBack() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void worksheetsOfEverySizeAroundABlockComeBackAsWritten() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", xml(700, 1));
        entries.put("xl/worksheets/sheet1.xml", new byte[0]);
        entries.put("xl/worksheets/sheet2.xml", xml(1, 2));
        entries.put("xl/worksheets/sheet3.xml", xml(BLOCK - 1, 3));
        entries.put("xl/worksheets/sheet4.xml", xml(BLOCK, 4));
        entries.put("xl/worksheets/sheet5.xml", xml(BLOCK + 1, 5));
        entries.put("xl/styles.xml", xml(5_000, 6));
        entries.put("xl/worksheets/sheet6.xml", xml(37 * BLOCK + 12_345, 7));
        entries.put("xl/worksheets/sheet7.xml", random(5 * BLOCK + 3, 8));
        entries.put("docProps/core.xml", xml(300, 9));

        byte[] zip = zip(entries, 1000);

        assertThat(unzipped(zip)).containsExactlyEntriesOf(entries);
        // a spool per sheet while it is written, none after
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theBlocksAreOneDeflateStreamOfEveryByteOfTheSheet() throws Exception {
        byte[] sheet = xml(9 * BLOCK + 777, 11);
        byte[] zip = zip(Map.of("xl/worksheets/sheet1.xml", sheet), 4096);

        // the entry's data, inflated as one raw stream from its start to its end
        byte[] deflated = rawData(zip, "xl/worksheets/sheet1.xml");
        Inflater inflater = new Inflater(true);
        inflater.setInput(deflated);
        byte[] out = new byte[sheet.length + 1];
        int n = 0;
        while (!inflater.finished()) {
            n += inflater.inflate(out, n, out.length - n);
        }
        assertThat(inflater.getRemaining()).isZero();
        assertThat(Arrays.copyOf(out, n)).isEqualTo(sheet);
    }

    @Test
    void theDictionaryKeepsTheBlocksAsSmallAsOneDeflaterMakesThem() throws IOException {
        byte[] sheet = xml(40 * BLOCK, 12);
        byte[] zip = zip(Map.of("xl/worksheets/sheet1.xml", sheet), 1);

        Deflater one = new Deflater(Deflater.BEST_SPEED, true);
        one.setInput(sheet);
        one.finish();
        byte[] buffer = new byte[sheet.length];
        int whole = 0;
        while (!one.finished()) {
            whole += one.deflate(buffer, whole, buffer.length - whole);
        }
        one.end();
        // within a few bytes a block (the sync flush's marker, matches cut at a block's end)
        assertThat((long) rawData(zip, "xl/worksheets/sheet1.xml").length).isBetween(whole - 40L * 64, whole + 40L * 64);
    }

    @Test
    void otherEntriesGoThroughTheZipsOwnDeflater() {
        assertThat(BlockDeflatedZip.inBlocks("xl/worksheets/sheet12.xml")).isTrue();
        assertThat(BlockDeflatedZip.inBlocks("xl/worksheets/_rels/sheet1.xml.rels")).isFalse();
        assertThat(BlockDeflatedZip.inBlocks("xl/styles.xml")).isFalse();
        assertThat(BlockDeflatedZip.inBlocks("xl/drawings/drawing1.xml")).isFalse();
    }

    @Test
    void aSheetWrittenHalfWhenTheZipEndsLeavesNoSpool() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BlockDeflatedZip zip = new BlockDeflatedZip(out, BLOCK);
        zip.putArchiveEntry(new ZipArchiveEntry("xl/worksheets/sheet1.xml"));
        zip.write(xml(10 * BLOCK, 13));
        // as POI ends the zip after a failure in the middle of a sheet
        zip.finish();

        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
        assertThat(unzipped(out.toByteArray())).isEmpty();
    }

    @Test
    void aBlockSmallerThanTheWindowIsRefused() {
        assertThatThrownBy(() -> new BlockDeflatedZip(OutputStream.nullOutputStream(), BLOCK - 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The entries zipped as POI zips a workbook, each written in pieces of {@code piece} bytes. */
    private static byte[] zip(Map<String, byte[]> entries, int piece) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new BlockDeflatedZip(out, BLOCK)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                byte[] data = e.getValue();
                for (int at = 0; at < data.length; at += piece) {
                    zip.write(data, at, Math.min(piece, data.length - at));
                }
                zip.closeArchiveEntry();
            }
            zip.finish();
        }
        return out.toByteArray();
    }

    /** Every entry read back with the JDK's reader, which checks each one's size and checksum. */
    private static Map<String, byte[]> unzipped(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        try (ZipFile file = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            for (ZipArchiveEntry e : Collections.list(file.getEntries())) {
                try (InputStream in = file.getInputStream(e)) {
                    assertThat(in.readAllBytes()).as(e.getName()).isEqualTo(entries.get(e.getName()));
                }
            }
        }
        return entries;
    }

    /** An entry's data as stored, deflated. */
    private static byte[] rawData(byte[] zip, String name) throws IOException {
        try (ZipFile file = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            ZipArchiveEntry e = file.getEntry(name);
            assertThat(e.getMethod()).isEqualTo(ZipEntry.DEFLATED);
            try (InputStream in = file.getRawInputStream(e)) {
                return in.readAllBytes();
            }
        }
    }

    /** Rows of a sheet's XML, with Chinese text, of exactly {@code length} bytes. */
    private static byte[] xml(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder s = new StringBuilder(length + 200);
        for (int row = 1; s.length() < length; row++) {
            s.append("<row r=\"").append(row).append("\"><c r=\"A").append(row).append("\" t=\"inlineStr\"><is><t>京ICP备")
                    .append(10_000_000 + random.nextInt(90_000_000)).append("号 云栈科技有限公司</t></is></c></row>\n");
        }
        byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(bytes, length);
    }

    private static byte[] random(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
