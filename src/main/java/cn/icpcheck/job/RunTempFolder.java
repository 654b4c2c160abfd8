package cn.icpcheck.job;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;

/**
 * The run's own temporary folder (operations.md): created under {@code java.io.tmpdir} with mode
 * 0700, holding the spreadsheet spools (POI's temporary files, which otherwise go to a
 * {@code poifiles} folder shared by every user of the machine) and the built-in defaults the run
 * uses, and removed with everything in it when the run ends. Runs of different users, or of the
 * same user at once, never share one.
 *
 * <p>A run that is killed outright (SIGKILL, the kernel's OOM killer, a power cut) cannot remove
 * its folder, and the spools in it can be hundreds of megabytes. So each run holds a lock on a file
 * in its folder while it lives, which the operating system lets go when the process ends however it
 * ends; a run starting removes the folders of this user whose lock nobody holds ({@link #sweep}).
 */
public final class RunTempFolder implements AutoCloseable {

    static final String PREFIX = "icp-compliance-";
    /** The file in the folder whose lock the run holds while it lives. */
    static final String LOCK_FILE = ".run.lock";
    /**
     * A folder younger than this is never swept: its run may be between creating the folder and
     * locking the file.
     */
    static final Duration GRACE = Duration.ofMinutes(1);

    private final Path dir;
    private final FileChannel lockChannel;
    private final int swept;

    private RunTempFolder(Path dir, FileChannel lockChannel, int swept) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.swept = swept;
    }

    public static RunTempFolder create() {
        try {
            Path dir = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempDirectory(PREFIX,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    : Files.createTempDirectory(PREFIX);
            FileChannel lockChannel = lock(dir.resolve(LOCK_FILE));
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
            return new RunTempFolder(dir, lockChannel, sweepBeside(dir));
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
            // closing the channel lets the lock go (before the file goes, which some systems require)
            if (lockChannel != null) {
                lockChannel.close();
            }
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            // what cannot be removed now stays in the private folder, readable by this user only; the
            // next run removes it
        }
    }

    /**
     * The lock this run holds on its folder's lock file while it lives; null, and no lock file, where
     * the file system cannot lock (then no later run takes the folder for a killed run's).
     */
    private static FileChannel lock(Path lockFile) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            channel.lock();
            return channel;
        } catch (IOException | UnsupportedOperationException e) {
            channel.close();
            Files.deleteIfExists(lockFile);
            return null;
        }
    }

    /** Sweeps the root of a new run folder for its user; what cannot be swept only stays (0). */
    private static int sweepBeside(Path dir) {
        try {
            return sweep(dir.getParent(), Files.getOwner(dir), Instant.now().minus(GRACE));
        } catch (IOException | RuntimeException e) {
            // a file system without owners, say: the run goes on, and leftovers stay
            return 0;
        }
    }

    /** How many folders of killed runs this run removed as it started. */
    public int swept() {
        return swept;
    }

    /**
     * Removes the run folders in a temporary-folder root that belong to {@code owner}, are older
     * than {@code before}, and hold a lock file that no process holds: their runs ended without
     * removing them. A folder without a lock file, another user's, or one in use is left alone.
     *
     * @return how many were removed
     */
    static int sweep(Path root, UserPrincipal owner, Instant before) {
        int swept = 0;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, PREFIX + "*")) {
            for (Path folder : folders) {
                if (abandoned(folder, owner, before)) {
                    try {
                        if (FileSystemUtils.deleteRecursively(folder)) {
                            swept++;
                        }
                    } catch (IOException e) {
                        // removed by another run meanwhile, or not removable: left as it is
                    }
                }
            }
        } catch (IOException e) {
            // a root that cannot be listed: nothing to sweep
        }
        return swept;
    }

    private static boolean abandoned(Path folder, UserPrincipal owner, Instant before) {
        Path lockFile = folder.resolve(LOCK_FILE);
        try {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                    || !Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).equals(owner)
                    || !Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)
                    || !Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                 FileLock lock = channel.tryLock()) {
                return lock != null;
            }
        } catch (IOException | OverlappingFileLockException e) {
            // gone meanwhile, not this user's to open, or locked by this very process (a run in it)
            return false;
        }
    }
}
