package cn.icpcheck.job;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The run's own temporary folder (operations.md): created under {@code java.io.tmpdir} with mode
 * 0700, holding the spreadsheet spools (POI's temporary files, which otherwise go to a
 * {@code poifiles} folder shared by every user of the machine) and the built-in defaults the run
 * uses, and removed with everything in it when the run ends. Runs of different users, or of the
 * same user at once, never share one.
 */
public final class RunTempFolder implements AutoCloseable {

    private final Path dir;

    private RunTempFolder(Path dir) {
        this.dir = dir;
    }

    public static RunTempFolder create() {
        try {
            Path dir = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempDirectory("icp-compliance-",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    : Files.createTempDirectory("icp-compliance-");
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
            return new RunTempFolder(dir);
        } catch (IOException e) {
            throw new UsageException("cannot create a temporary folder in " + System.getProperty("java.io.tmpdir")
                    + " (java.io.tmpdir): " + FailureMessage.sentence(e), e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Removes the folder and what is in it; POI goes back to its default until the next run. */
    @Override
    public void close() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            // what cannot be removed now stays in the private folder, readable by this user only
        }
    }
}
