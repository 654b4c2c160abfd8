package cn.icpcheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;

/** The run folders under the output folder, one per run date, named {@code yyyy-MM-dd}. */
public final class ReportFolders {

    private ReportFolders() {
    }

    /** The run folders of dates before the cutoff, oldest first; other files and folders are never listed. */
    public static List<Path> before(Path output, LocalDate cutoff) throws IOException {
        if (!Files.isDirectory(output)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(output)) {
            return entries.filter(entry -> isRunFolderBefore(entry, cutoff)).sorted().toList();
        }
    }

    private static boolean isRunFolderBefore(Path entry, LocalDate cutoff) {
        try {
            return Files.isDirectory(entry) && LocalDate.parse(entry.getFileName().toString()).isBefore(cutoff);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
