package cn.icpcheck.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every row rejected in a run, counted per file, with the limit beyond which the run fails
 * ({@code --max-rejects}).
 */
public final class RejectLog {

    private static final Comparator<RejectedRow> FILE_THEN_LINE =
            Comparator.comparing(RejectedRow::file).thenComparingInt(RejectedRow::line);

    private final int maxRejects;
    private final Map<ExportFile, List<RejectedRow>> byFile = new EnumMap<>(ExportFile.class);

    public RejectLog(int maxRejects) {
        this.maxRejects = maxRejects;
    }

    /**
     * Records a rejection.
     *
     * @throws TooManyRejectsException when the run now has more rejects than allowed
     */
    public synchronized void add(RejectedRow row) {
        byFile.computeIfAbsent(row.file(), f -> new ArrayList<>()).add(row);
        int total = total();
        if (total > maxRejects) {
            throw new TooManyRejectsException(total, maxRejects);
        }
    }

    public synchronized int count(ExportFile file) {
        return byFile.getOrDefault(file, List.of()).size();
    }

    public synchronized int total() {
        return byFile.values().stream().mapToInt(List::size).sum();
    }

    /** All rejections, by file (in the order of {@link ExportFile}) then line. */
    public synchronized List<RejectedRow> all() {
        return byFile.values().stream().flatMap(List::stream).sorted(FILE_THEN_LINE).toList();
    }
}
