package cn.icpcheck.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report so that it appears whole or not at all: to a temporary name, then renamed. The
 * file is created 0640 and missing folders 0750 ({@link FileModes}).
 */
public final class AtomicFile {

    private static final int BUFFER = 1 << 18;

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        FileModes.createFolders(target.toAbsolutePath().getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temp);
            FileModes.createFile(temp);
            // buffered: a workbook's ZIP entries come out of the compressor in pieces of a few KB, each
            // of which would otherwise be a write of its own
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), BUFFER)) {
                content.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }
}
