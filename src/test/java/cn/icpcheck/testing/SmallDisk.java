package cn.icpcheck.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A small tmpfs mounted on a folder of a test, to run out of space on purpose: the test is skipped
 * (a JUnit assumption) where it may not mount one. {@link #fill} takes every byte left.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    public static SmallDisk mount(Path mountPoint, String size) throws Exception {
        Files.createDirectories(mountPoint);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString()),
                "cannot mount a tmpfs here (not root?)");
        return new SmallDisk(mountPoint);
    }

    /** Writes a file until the disk is full. */
    public void fill() throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(mountPoint.resolve("filler"))) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // no space left: what the test wanted
        }
        try (OutputStream out = Files.newOutputStream(mountPoint.resolve("filler-tail"))) {
            while (true) {
                out.write(0);
                out.flush();
            }
        } catch (IOException full) {
            // not a byte left
        }
    }

    /** Frees what {@link #fill} took. */
    public void free() throws IOException {
        Files.deleteIfExists(mountPoint.resolve("filler"));
        Files.deleteIfExists(mountPoint.resolve("filler-tail"));
    }

    @Override
    public void close() throws Exception {
        run("umount", "-l", mountPoint.toString());
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
