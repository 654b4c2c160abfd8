package cn.icpcheck.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/** The folder of one night's export files. */
public final class ExportFolder {

    /**
     * Bytes read from an export file at a time: its readers (the CSV decoder, the fingerprint's
     * digest) ask for 8 KB, and at a million subjects each of those reads was a system call of its
     * own, some 100,000 per reading of the export.
     */
    private static final int READ_BUFFER = 1 << 20;

    private final Path dir;
    private final Charset charset;

    public ExportFolder(Path dir, Charset charset) {
        this.dir = dir;
        this.charset = charset;
    }

    /** The folder itself. */
    public Path dir() {
        return dir;
    }

    public Path path(ExportFile file) {
        return dir.resolve(file.fileName());
    }

    /** An export file opened for reading, a megabyte at a time: how every reader of the export opens it. */
    static InputStream open(Path file) throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), READ_BUFFER);
    }

    public Charset charset() {
        return charset;
    }

    /**
     * Checks, before any processing, that the folder and every required file exist and that every
     * present file's header has its required columns.
     *
     * @return the files present
     * @throws InputFileException naming the folder, file or column that is missing
     */
    public Set<ExportFile> preflight() {
        if (!Files.isDirectory(dir)) {
            throw new InputFileException("input folder " + dir + " does not exist");
        }
        Set<ExportFile> present = EnumSet.noneOf(ExportFile.class);
        for (ExportFile file : ExportFile.values()) {
            Path path = path(file);
            if (Files.isRegularFile(path) && Files.isReadable(path)) {
                ExportRowReader.readHeader(path, file, charset);
                present.add(file);
            } else if (Files.exists(path)) {
                // a folder, a device or an unreadable file: not an export file, and not safely absent
                throw new InputFileException(file.fileName() + " in " + dir + " is not a readable regular file"
                        + (Files.isDirectory(path) ? " (it is a folder)" : "")
                        + (file.isRequired() ? "" : "; remove it to run without it"));
            } else if (file.isRequired()) {
                throw new InputFileException("required file " + file.fileName() + " is missing from " + dir);
            }
        }
        return present;
    }
}
