package cn.icpcheck.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Where every finding of a run goes; a key found twice is kept once. */
public final class FindingCollector {

    private final List<Finding> findings = new ArrayList<>();
    private final Set<FindingKey> keys = new HashSet<>();

    public synchronized void add(Finding finding) {
        if (keys.add(finding.key())) {
            findings.add(finding);
        }
    }

    /** All findings, in the order of findings.csv. */
    public synchronized List<Finding> sorted() {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(FindingSort.REPORT_ORDER);
        return copy;
    }

    public synchronized int size() {
        return findings.size();
    }
}
