package cn.icpcheck.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The folders a run writes, checked before anything is read (operations.md): the output folder,
 * the run date's report folder and the state folder must be folders this user can write, or be
 * creatable; the files already in the state folder (the embedded database) must be writable too.
 * Each failure is a usage error naming the folder and the reason.
 */
final class FolderChecks {

    private FolderChecks() {
    }

    static void check(RunOptions options) {
        folder("output folder", options.output());
        folder("report folder", options.reportDir());
        folder("state folder", options.stateDir());
        stateFiles(options.stateDir());
    }

    private static void folder(String what, Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs)) {
            if (!Files.isDirectory(abs)) {
                throw new UsageException("the " + what + " " + abs + " is a file, not a folder");
            }
            if (!Files.isWritable(abs) || !Files.isExecutable(abs)) {
                throw new UsageException("the " + what + " " + abs + " cannot be written by user "
                        + System.getProperty("user.name") + ": permission denied");
            }
            return;
        }
        Path existing = abs.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw new UsageException("the " + what + " " + abs + " cannot be created: " + existing
                    + " is a file, not a folder");
        }
        if (!Files.isWritable(existing) || !Files.isExecutable(existing)) {
            throw new UsageException("the " + what + " " + abs + " cannot be created by user "
                    + System.getProperty("user.name") + ": permission denied in " + existing);
        }
    }

    private static void stateFiles(Path stateDir) {
        if (!Files.isDirectory(stateDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(stateDir)) {
            files.filter(Files::isRegularFile).filter(file -> !Files.isWritable(file)).findFirst().ifPresent(file -> {
                throw new UsageException("the state folder " + stateDir.toAbsolutePath().normalize() + " holds "
                        + file.getFileName() + ", which user " + System.getProperty("user.name")
                        + " cannot write (a run by another user left it?): permission denied");
            });
        } catch (IOException e) {
            throw new UsageException("cannot read the state folder " + stateDir.toAbsolutePath().normalize() + ": "
                    + FailureMessage.sentence(e), e);
        }
    }
}
