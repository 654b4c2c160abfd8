package cn.icpcheck.job;

import cn.icpcheck.input.ExportFile;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names of the steps that read an export file, derived from the file: {@code readDomains} reads
 * domains.csv; a step that also checks each row as it is read is {@code check…}
 * ({@code checkSubjects}, {@code checkServices}). One file, one step, one name.
 */
final class ReadingSteps {

    /** The files whose rows are checked as they are read. */
    private static final Set<ExportFile> CHECKED_AS_READ = EnumSet.of(ExportFile.SUBJECTS, ExportFile.SERVICES);

    private ReadingSteps() {
    }

    /** The step that reads a file. */
    static String name(ExportFile file) {
        String base = file.fileName().substring(0, file.fileName().indexOf('.'));
        return (CHECKED_AS_READ.contains(file) ? "check" : "read")
                + base.substring(0, 1).toUpperCase(Locale.ROOT) + base.substring(1);
    }
}
