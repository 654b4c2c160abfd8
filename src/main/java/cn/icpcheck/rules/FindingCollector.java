package cn.icpcheck.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Where every finding of a run goes; a key found twice is kept once. */
public final class FindingCollector {

    private final List<Finding> findings = new ArrayList<>();
    /**
     * The keys found, to keep each once; let go once the findings are sorted, when the checks are done
     * and the reports need the heap (some 70 bytes a finding), and made again should another come.
     */
    private Set<FindingKey> keys = new HashSet<>();
    /** The findings in report order, kept until another is added: every report asks for them. */
    private List<Finding> sorted;

    public synchronized void add(Finding finding) {
        if (keys == null) {
            keys = new HashSet<>();
            findings.forEach(f -> keys.add(f.key()));
        }
        if (keys.add(finding.key())) {
            findings.add(finding);
            sorted = null;
        }
    }

    /** All findings, in the order of findings.csv (unmodifiable). */
    public synchronized List<Finding> sorted() {
        if (sorted == null) {
            // a stable sort, like List.sort; on several threads only where the common pool has more than
            // one (more than two cores): on two, this thread sorts, some 0.2 s at a million subjects
            Finding[] copy = findings.toArray(Finding[]::new);
            Arrays.parallelSort(copy, FindingSort.REPORT_ORDER);
            sorted = Collections.unmodifiableList(Arrays.asList(copy));
            keys = null;
        }
        return sorted;
    }

    /** All findings, in the order they were found (a copy): for work that needs no order. */
    public synchronized List<Finding> asFound() {
        return List.copyOf(findings);
    }

    public synchronized int size() {
        return findings.size();
    }
}
