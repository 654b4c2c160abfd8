package cn.icpcheck.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run killed outright leaves its temporary folder behind; the next run removes it, and nothing
 * else: not a folder a live run holds, not a young one, not one without a lock file, not a link.
 */
class RunTempFolderTest {

    private static final Instant NOW = Instant.now();

    @TempDir
    Path root;

    @Test
    void theFolderOfARunThatWasKilledIsRemovedOnceNoProcessHoldsItsLock() throws Exception {
        Path folder = runFolder("killed", true);
        Files.writeString(folder.resolve("poi-sxssf-sheet1.xml"), "<sheetData/>");
        Process holder = holdLock(folder.resolve(RunTempFolder.LOCK_FILE));
        try {
            assertThat(sweep()).as("a live process holds the lock").isZero();
            assertThat(folder).exists();
        } finally {
            // as kill -9 would: the operating system lets the lock go with the process
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        age(folder);

        assertThat(sweep()).isEqualTo(1);
        assertThat(folder).doesNotExist();
    }

    @Test
    void aFolderWhoseLockThisProcessHoldsIsInUse() throws Exception {
        Path folder = runFolder("in-this-process", true);
        try (FileChannel channel = FileChannel.open(folder.resolve(RunTempFolder.LOCK_FILE), StandardOpenOption.WRITE);
             var lock = channel.lock()) {
            assertThat(sweep()).isZero();
        }
        assertThat(folder).exists();
    }

    @Test
    void youngFoldersFoldersWithoutALockFileAndLinksAreLeftAlone() throws Exception {
        Path young = runFolder("young", true);
        Files.setLastModifiedTime(young, FileTime.from(NOW));
        Path noLock = runFolder("older-release", false);
        // a link by a run folder's name to a folder that looks abandoned: neither is touched
        Path elsewhere = Files.createDirectory(root.resolve("elsewhere"));
        Files.createFile(elsewhere.resolve(RunTempFolder.LOCK_FILE));
        age(elsewhere);
        Path link = Files.createSymbolicLink(root.resolve(RunTempFolder.PREFIX + "link"), elsewhere);
        Path otherName = Files.createDirectory(root.resolve("poifiles"));
        Files.createFile(otherName.resolve(RunTempFolder.LOCK_FILE));
        age(otherName);

        assertThat(sweep()).isZero();
        assertThat(young).exists();
        assertThat(noLock).exists();
        assertThat(link).isSymbolicLink();
        assertThat(elsewhere.resolve(RunTempFolder.LOCK_FILE)).exists();
        assertThat(otherName).exists();
    }

    @Test
    void aRunHoldsItsOwnFolderWhileItLives() throws Exception {
        Path own;
        try (RunTempFolder temp = RunTempFolder.create()) {
            own = temp.dir();
            assertThat(own.resolve(RunTempFolder.LOCK_FILE)).isRegularFile();
            age(own);
            // another run starting now finds it in use
            assertThat(RunTempFolder.sweep(own.getParent(), Files.getOwner(own), NOW.minus(RunTempFolder.GRACE)))
                    .isZero();
            assertThat(own).exists();
        }
        assertThat(own).doesNotExist();
    }

    @Test
    void aRunStartingRemovesWhatAKilledRunLeftAndSaysHowMany() throws Exception {
        // a killed run's folder where runs make theirs: java.io.tmpdir, which the JVM fixes at its start
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path killed = Files.createTempDirectory(tmp, RunTempFolder.PREFIX);
        Files.createFile(killed.resolve(RunTempFolder.LOCK_FILE));
        age(killed);

        try (RunTempFolder temp = RunTempFolder.create()) {
            // at least this one: other test JVMs' killed runs may be swept with it
            assertThat(temp.swept()).isPositive();
            assertThat(killed).doesNotExist();
            assertThat(temp.dir()).exists();
        }
    }

    private int sweep() throws Exception {
        UserPrincipal me = Files.getOwner(root);
        return RunTempFolder.sweep(root, me, NOW.minus(RunTempFolder.GRACE));
    }

    private Path runFolder(String name, boolean withLockFile) throws Exception {
        Path folder = Files.createDirectory(root.resolve(RunTempFolder.PREFIX + name));
        if (withLockFile) {
            Files.createFile(folder.resolve(RunTempFolder.LOCK_FILE));
        }
        age(folder);
        return folder;
    }

    /** Older than the grace a new folder has. */
    private static void age(Path folder) throws Exception {
        Files.setLastModifiedTime(folder, FileTime.from(NOW.minus(RunTempFolder.GRACE).minusSeconds(60)));
    }

    /** A JVM of its own that locks the file and says so, then waits to be killed. */
    private static Process holdLock(Path lockFile) throws Exception {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), lockFile.toString()))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("locked");
        }
        return process;
    }

    /** Run by {@link #holdLock}: holds a lock on a file until killed. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
            channel.lock();
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
