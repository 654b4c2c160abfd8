package cn.icpcheck.triage;

import java.util.List;

/** What the import of a run date took and did: the files, and the rows of triage-import.csv. */
public record ImportResult(List<InboxFile> files, List<ImportOutcome> outcomes) {

    public static final ImportResult NONE = new ImportResult(List.of(), List.of());

    public long files(String outcome) {
        return files.stream().filter(f -> f.outcome().equals(outcome)).count();
    }

    public long rows(ImportOutcome.Outcome outcome) {
        return outcomes.stream().filter(o -> o.outcome() == outcome).count();
    }
}
