package cn.icpcheck.report;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.util.TempFile;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A workbook's zip whose worksheets are deflated a block at a time on two threads of their own, as
 * pigz deflates a file: each block of {@link #blockSize} bytes on its own, with the last 32 KB of the
 * block before as its dictionary, so that the blocks, one after the other, are one deflate stream, as
 * one deflater would have made it but for where a block ends (a million subjects' workbooks come out
 * the same size within a few kilobytes). The other entries, all small, go through the zip's own
 * deflater.
 *
 * <p>Why: writing a workbook ends with deflating its sheets (a million subjects' contact list: some
 * 1.1 s of CPU), and the contact list is the last report a night writes, alone, so one core waited for
 * the other. Where both cores are busy with other reports the work is the same, on other threads.
 *
 * <p>A worksheet's deflated blocks go to a temporary file (POI's, in the run's own folder) until the
 * sheet ends, since a zip entry written whole gives its sizes and checksum before its data; the entry
 * is then copied from it as it is ({@link #addRawArchiveEntry}). Memory: a few blocks at a time, as
 * the deflaters take them in turn ({@link #IN_FLIGHT}), some 6 MB.
 */
final class BlockDeflatedZip extends ZipArchiveOutputStream {

    /** Bytes of a sheet's XML deflated as one block: a million subjects' contact list (218 MB) is some 210. */
    static final int BLOCK_SIZE = 1 << 20;
    /** Blocks handed to the deflaters and not yet written: the memory a sheet holds beyond POI's. */
    private static final int IN_FLIGHT = 4;
    /** What deflate looks back at: a block starts with the end of the block before as its dictionary. */
    private static final int WINDOW = 32 * 1024;
    private static final int THREADS = 2;
    private static final AtomicInteger POOLS = new AtomicInteger();
    /** Each deflating thread's deflater and room for a block deflated, kept from block to block. */
    private static final ThreadLocal<Deflating> DEFLATING = ThreadLocal.withInitial(Deflating::new);

    private final int blockSize;
    private ExecutorService deflaters;
    /** The worksheet being written, or null while another entry is. */
    private Sheet sheet;

    /** @param out where the zip goes; POI opens and closes it */
    BlockDeflatedZip(OutputStream out) {
        this(out, BLOCK_SIZE);
    }

    /** @param blockSize the bytes of a block (smaller in tests, to have many) */
    BlockDeflatedZip(OutputStream out, int blockSize) {
        super(out);
        if (blockSize < WINDOW) {
            throw new IllegalArgumentException("a block of " + blockSize + " bytes is smaller than deflate's window");
        }
        this.blockSize = blockSize;
    }

    /** Whether an entry is deflated in blocks: the worksheets, the only large entries of a workbook. */
    static boolean inBlocks(String entryName) {
        return entryName.startsWith("xl/worksheets/") && entryName.endsWith(".xml");
    }

    @Override
    public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
        if (sheet != null) {
            throw new IllegalStateException("the entry " + sheet.entry.getName() + " is still open");
        }
        if (!inBlocks(entry.getName())) {
            super.putArchiveEntry(entry);
            return;
        }
        if (deflaters == null) {
            int pool = POOLS.incrementAndGet();
            AtomicInteger threads = new AtomicInteger();
            deflaters = Executors.newFixedThreadPool(THREADS, work -> {
                Thread t = new Thread(work, "icp-deflate-" + pool + "-" + threads.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        sheet = new Sheet(entry);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (sheet == null) {
            super.write(bytes, offset, length);
        } else {
            sheet.write(bytes, offset, length);
        }
    }

    @Override
    public void closeArchiveEntry() throws IOException {
        if (sheet == null) {
            super.closeArchiveEntry();
            return;
        }
        Sheet done = sheet;
        sheet = null;
        try {
            done.finish();
            ZipArchiveEntry entry = done.entry;
            entry.setMethod(DEFLATED);
            entry.setSize(done.size);
            entry.setCompressedSize(done.deflatedSize);
            entry.setCrc(done.crc.getValue());
            try (InputStream deflated = new BufferedInputStream(new FileInputStream(done.file), 1 << 16)) {
                addRawArchiveEntry(entry, deflated);
            }
        } finally {
            done.discard();
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            if (sheet != null) {
                // POI ends the zip after a failure too: what it began of a sheet is not kept
                sheet.discard();
                sheet = null;
            }
            super.finish();
        } finally {
            if (deflaters != null) {
                deflaters.shutdownNow();
            }
        }
    }

    /** A block of a sheet handed to the deflaters: its bytes, until they are deflated, and their deflated form. */
    private record Block(byte[] input, Future<byte[]> deflated) {
    }

    /** A worksheet on its way: its blocks, its deflated bytes so far, its size and checksum. */
    private final class Sheet {
        final ZipArchiveEntry entry;
        final File file;
        final OutputStream deflated;
        final CRC32 crc = new CRC32();
        final ArrayDeque<Block> blocks = new ArrayDeque<>();
        /** Blocks' arrays deflated and written, to be filled again. */
        final ArrayDeque<byte[]> spare = new ArrayDeque<>();
        byte[] block = new byte[blockSize];
        int used;
        /** The end of the block handed over last: the next one's dictionary; null before the first. */
        byte[] window;
        long size;
        long deflatedSize;

        Sheet(ZipArchiveEntry entry) throws IOException {
            this.entry = entry;
            this.file = TempFile.createTempFile("icp-sheet-", ".deflated");
            this.deflated = new BufferedOutputStream(new FileOutputStream(file), 1 << 16);
        }

        void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                // a full block is handed over only once more follows: the last one ends the stream
                if (used == block.length) {
                    handOver(false);
                }
                int n = Math.min(length, block.length - used);
                System.arraycopy(bytes, offset, block, used, n);
                used += n;
                offset += n;
                length -= n;
            }
        }

        void finish() throws IOException {
            handOver(true);
            while (!blocks.isEmpty()) {
                writeOldest();
            }
            deflated.close();
        }

        /** Hands the block to the deflaters, and writes the oldest ones deflated while too many wait. */
        private void handOver(boolean last) throws IOException {
            byte[] input = block;
            int length = used;
            byte[] dictionary = window;
            crc.update(input, 0, length);
            size += length;
            window = last ? null : Arrays.copyOfRange(input, Math.max(0, length - WINDOW), length);
            blocks.add(new Block(input, deflaters.submit(() -> deflate(input, length, dictionary, last))));
            used = 0;
            while (blocks.size() > IN_FLIGHT) {
                writeOldest();
            }
            block = last ? null : spare.isEmpty() ? new byte[blockSize] : spare.removeFirst();
        }

        private void writeOldest() throws IOException {
            Block oldest = blocks.removeFirst();
            byte[] bytes;
            try {
                bytes = oldest.deflated().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while deflating " + entry.getName());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IOException("could not deflate " + entry.getName() + ": " + e.getCause(), e.getCause());
            }
            deflated.write(bytes);
            deflatedSize += bytes.length;
            spare.add(oldest.input());
        }

        /** Lets the file and the blocks go. */
        void discard() throws IOException {
            blocks.forEach(b -> b.deflated().cancel(true));
            blocks.clear();
            try {
                deflated.close();
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }
    }

    /**
     * A deflating thread's tools: a raw deflater at the fastest level (the zip's own framing), reset for
     * each block, and room for a block deflated (XML shrinks to a fifth or less), grown when it does not.
     * The deflater's native memory goes with the thread's pool.
     */
    private static final class Deflating {
        final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        byte[] out = new byte[BLOCK_SIZE / 2];
    }

    /**
     * One block deflated with the end of the block before as its dictionary: ended by a sync flush,
     * which leaves the stream open and whole bytes, or as the stream's last block.
     */
    private static byte[] deflate(byte[] input, int length, byte[] dictionary, boolean last) {
        Deflating tools = DEFLATING.get();
        Deflater deflater = tools.deflater;
        deflater.reset();
        if (dictionary != null) {
            deflater.setDictionary(dictionary);
        }
        deflater.setInput(input, 0, length);
        if (last) {
            deflater.finish();
        }
        int n = 0;
        while (true) {
            n += deflater.deflate(tools.out, n, tools.out.length - n, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
            // a flush that did not fill the room left is complete
            if (last ? deflater.finished() : n < tools.out.length) {
                return Arrays.copyOf(tools.out, n);
            }
            if (n == tools.out.length) {
                tools.out = Arrays.copyOf(tools.out, tools.out.length * 2);
            }
        }
    }
}
