package cn.icpcheck.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every row rejected in a run, counted per file, with the limit beyond which the run fails
 * ({@code --max-rejects}). Lines lost to an unterminated quote are one rejection in the list (one
 * row of rejects.csv) but count as one rejected row each.
 */
public final class RejectLog {

    private static final Comparator<RejectedRow> FILE_THEN_LINE =
            Comparator.comparing(RejectedRow::file).thenComparingInt(RejectedRow::line);

    private final int maxRejects;
    private final Map<ExportFile, List<RejectedRow>> byFile = new EnumMap<>(ExportFile.class);
    private final Map<ExportFile, Integer> counted = new EnumMap<>(ExportFile.class);
    private final Map<ExportFile, Integer> linesLost = new EnumMap<>(ExportFile.class);
    private int total;

    public RejectLog(int maxRejects) {
        this.maxRejects = maxRejects;
    }

    /**
     * Records a rejection.
     *
     * @throws TooManyRejectsException when the run now has more rejects than allowed
     */
    public void add(RejectedRow row) {
        add(row, 0);
    }

    /**
     * Records a rejection; {@code lost} physical lines that could not be read from its line on
     * (0 for an ordinary row) count as that many rejected rows.
     *
     * @throws TooManyRejectsException when the run now has more rejects than allowed
     */
    public synchronized void add(RejectedRow row, int lost) {
        byFile.computeIfAbsent(row.file(), f -> new ArrayList<>()).add(row);
        int weight = Math.max(1, lost);
        counted.merge(row.file(), weight, Integer::sum);
        if (lost > 0) {
            linesLost.merge(row.file(), lost, Integer::sum);
        }
        total += weight;
        if (total > maxRejects) {
            throw new TooManyRejectsException(total, maxRejects);
        }
    }

    /** The rejected rows of a file, each lost line counted as one. */
    public synchronized int count(ExportFile file) {
        return counted.getOrDefault(file, 0);
    }

    /** The physical lines of a file that could not be read (an unterminated quote). */
    public synchronized int linesLost(ExportFile file) {
        return linesLost.getOrDefault(file, 0);
    }

    /** The rejected rows of the run, each lost line counted as one. */
    public synchronized int total() {
        return total;
    }

    /** All rejections, by file (in the order of {@link ExportFile}) then line. */
    public synchronized List<RejectedRow> all() {
        return byFile.values().stream().flatMap(List::stream).sorted(FILE_THEN_LINE).toList();
    }
}
