package cn.icpcheck.job;

import cn.icpcheck.report.FileModes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on the state folder, held for a whole run, so that a second run on the same
 * folder is refused at once. The operating system releases it when the process ends, however it ends.
 */
public final class StateLock implements AutoCloseable {

    public static final String FILE_NAME = "run.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private StateLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Thrown when another run holds the lock. */
    public static final class HeldException extends RuntimeException {
        HeldException(String message) {
            super(message);
        }
    }

    /**
     * Creates the state folder if needed (mode 0750 whatever the umask) and takes its lock.
     *
     * @throws HeldException  when another run holds it
     * @throws UsageException when the folder cannot be created or locked, with the reason
     */
    public static StateLock acquire(Path stateDir) {
        try {
            FileModes.createFolders(stateDir);
            Path file = stateDir.resolve(FILE_NAME);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
                channel.close();
                throw new HeldException("another run is using the state folder " + stateDir.toAbsolutePath()
                        + (holder.isEmpty() ? "" : " (" + holder + ")") + "; this run was refused and changed nothing");
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(("pid " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            return new StateLock(channel, lock);
        } catch (IOException e) {
            throw new UsageException("cannot lock the state folder " + stateDir.toAbsolutePath().normalize() + ": "
                    + FailureMessage.sentence(e), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
