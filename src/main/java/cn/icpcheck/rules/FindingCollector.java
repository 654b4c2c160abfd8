package cn.icpcheck.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Where every finding of a run goes; a key found twice is kept once. */
public final class FindingCollector {

    private final List<Finding> findings = new ArrayList<>();
    private final Set<FindingKey> keys = new HashSet<>();
    /** The findings in report order, kept until another is added: every report asks for them. */
    private List<Finding> sorted;

    public synchronized void add(Finding finding) {
        if (keys.add(finding.key())) {
            findings.add(finding);
            sorted = null;
        }
    }

    /** All findings, in the order of findings.csv (unmodifiable). */
    public synchronized List<Finding> sorted() {
        if (sorted == null) {
            List<Finding> copy = new ArrayList<>(findings);
            copy.sort(FindingSort.REPORT_ORDER);
            sorted = Collections.unmodifiableList(copy);
        }
        return sorted;
    }

    public synchronized int size() {
        return findings.size();
    }
}
