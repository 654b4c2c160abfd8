package cn.icpcheck.report;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The modes of what a run writes (operations.md): report files 0640 and folders 0750 whatever the
 * umask, since the contact list holds whole mobile numbers. They are asked for when the file or
 * folder is created, so the umask still takes away from them (a umask of 0077 makes 0600 and 0700)
 * but never adds to them. On a file system without POSIX modes the defaults apply.
 */
public final class FileModes {

    /** rw-r-----. */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r-----");
    /** rwxr-x---. */
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-x---");

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private FileModes() {
    }

    /** Creates the folder and any missing parents, each 0750 (less what the umask takes). */
    public static Path createFolders(Path dir) throws IOException {
        return POSIX ? Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER))
                : Files.createDirectories(dir);
    }

    /** Creates a new, empty file 0640 (less what the umask takes); fails if it exists. */
    public static Path createFile(Path file) throws IOException {
        FileAttribute<?>[] mode = POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
        return Files.createFile(file, mode);
    }
}
