package cn.icpcheck.triage;

import cn.icpcheck.rules.FindingId;
import cn.icpcheck.triage.ImportOutcome.Outcome;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The import of the inbox at the start of a run (triage.md): every .xlsx and .csv file, oldest first,
 * read streaming; the rows applied, in conflict or rejected; the files moved to
 * {@code imported/<run-date>/} or {@code refused/<run-date>/}. Everything it decides is recorded in
 * one transaction of its own, committed before any file moves (not the step's, which commits after
 * them), so a run killed or failed during the import imports the same files the same way when
 * restarted, and a run date's import happens once: a restart or rerun after it only finishes the moves.
 */
public final class TriageImport {

    public static final String IMPORTED_DIR = "imported";
    public static final String REFUSED_DIR = "refused";
    static final int MAX_NOTE = 1_000;
    private static final String UNKNOWN = "unknown";

    private static final Logger log = LoggerFactory.getLogger(TriageImport.class);

    /**
     * Named points of the import, for tests that fail or kill a run there (a test's bean of this type
     * acts on them; the application has none):
     * <ul>
     *   <li>{@value #READ}: every inbox file read and decided, nothing recorded, nothing moved;</li>
     *   <li>{@value #MOVED}: the first file moved to {@code imported/} or {@code refused/}, the others not yet.</li>
     * </ul>
     */
    @FunctionalInterface
    public interface Probe {
        String READ = "read";
        String MOVED = "moved";
        Probe NONE = point -> {
        };

        void at(String point);
    }

    private final DecisionStore store;
    private final StatusWords words;
    private final WaiverPolicy waivers;
    private final LocalDate runDate;
    private final Probe probe;

    public TriageImport(DecisionStore store, StatusWords words, WaiverPolicy waivers, LocalDate runDate, Probe probe) {
        this.store = store;
        this.words = words;
        this.waivers = waivers;
        this.runDate = runDate;
        this.probe = probe;
    }

    /** Imports the inbox once for the run date. */
    public void run(Path inbox, long jobExecutionId) throws IOException {
        if (store.imported(runDate)) {
            finishMoves(inbox, store.files(runDate));
            return;
        }
        List<Path> files = inboxFiles(inbox);
        Map<String, StoredDecision> current = new HashMap<>();
        Set<String> shas = new HashSet<>();
        long[] revision = {store.lastRevision()};
        List<DecisionStore.Applied> applied = new ArrayList<>();
        List<InboxFile> taken = new ArrayList<>();
        List<ImportOutcome> outcomes = new ArrayList<>();
        Set<String> targets = new HashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String sha = sha256(file);
            if (!shas.add(sha) || store.importedBefore(sha)) {
                log.info("Triage inbox: {} was imported before; it changes nothing", name);
                taken.add(new InboxFile(sha, name, InboxFile.DUPLICATE, "imported before",
                        target(inbox, IMPORTED_DIR, name, targets), 0));
                continue;
            }
            FileImport one = new FileImport(name, sha);
            try {
                InboxReader.FileInfo info = InboxReader.read(file, one::take);
                one.decide(info.lastModifiedBy(), current, revision, applied, outcomes);
                taken.add(new InboxFile(sha, name, InboxFile.IMPORTED, "", target(inbox, IMPORTED_DIR, name, targets),
                        one.unchanged));
            } catch (RefusedFileException | RuntimeException e) {
                String reason = e instanceof RefusedFileException ? e.getMessage()
                        : "cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                log.warn("Triage inbox: {} refused: {}", name, reason);
                taken.add(new InboxFile(sha, name, InboxFile.REFUSED, reason, target(inbox, REFUSED_DIR, name, targets), 0));
                outcomes.add(new ImportOutcome(name, "", 0, "", Outcome.REFUSED, reason, "", ""));
            }
        }
        probe.at(Probe.READ);
        store.saveImport(runDate, jobExecutionId, applied, taken, outcomes);
        finishMoves(inbox, taken);
        if (!taken.isEmpty()) {
            log.info("Triage inbox: {} files taken, {} decisions applied", taken.size(), applied.size());
        }
    }

    /** The files to import, oldest modification time first, then by name. */
    static List<Path> inboxFiles(Path inbox) throws IOException {
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(inbox)) {
            List<Path> files = new ArrayList<>(entries.filter(Files::isRegularFile).filter(TriageImport::importable).toList());
            Map<Path, Long> modified = new HashMap<>();
            for (Path f : files) {
                modified.put(f, Files.getLastModifiedTime(f).toMillis());
            }
            files.sort(Comparator.comparing((Path f) -> modified.get(f)).thenComparing(f -> f.getFileName().toString()));
            return files;
        }
    }

    private static boolean importable(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        // ~$name.xlsx is the lock file a spreadsheet program keeps beside a workbook it has open
        return !name.startsWith(".") && !name.startsWith("~$") && (lower.endsWith(".xlsx") || lower.endsWith(".csv"));
    }

    /** Where a file goes: {@code imported/<run-date>/name}, numbered when that name is taken. */
    private String target(Path inbox, String dir, String name, Set<String> taken) {
        String folder = dir + "/" + runDate + "/";
        String candidate = folder + name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; taken.contains(candidate) || Files.exists(inbox.resolve(candidate)); n++) {
            candidate = folder + name.substring(0, dot) + " (" + n + ")" + name.substring(dot);
        }
        taken.add(candidate);
        return candidate;
    }

    private void finishMoves(Path inbox, List<InboxFile> files) throws IOException {
        boolean first = true;
        for (InboxFile f : files) {
            Path source = inbox.resolve(f.fileName());
            Path target = inbox.resolve(f.movedTo());
            if (Files.exists(source) && !Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
                if (first) {
                    first = false;
                    probe.at(Probe.MOVED);
                }
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A change a row asks for, once read and checked. */
    private record Change(SourceRow row, TriageStatus status, String note, LocalDate reviewBy, String cut,
                          String decidedBy) {
        boolean sameDecision(Change other) {
            return status == other.status && note.equals(other.note) && Objects.equals(reviewBy, other.reviewBy);
        }
    }

    /** One file's rows: those that ask for something are kept, the rest only counted. */
    private final class FileImport {
        private final String file;
        private final String sha;
        private final List<SourceRow> rows = new ArrayList<>();
        private int unchanged;

        FileImport(String file, String sha) {
            this.file = file;
            this.sha = sha;
        }

        void take(SourceRow row) {
            if (row.written() != null ? sameAsWritten(row) : asksNothing(row)) {
                unchanged++;
            } else {
                rows.add(row);
            }
        }

        private boolean sameAsWritten(SourceRow row) {
            SourceRow.Written w = row.written();
            boolean status = blank(row.status()) || Objects.equals(code(row.status()), w.status());
            boolean note = row.note() == null || strip(row.note()).equals(strip(w.note()));
            boolean review = row.reviewBy() == null || dateText(row.reviewBy()).equals(dateText(w.reviewBy()));
            return status && note && review;
        }

        private boolean asksNothing(SourceRow row) {
            return blank(row.status()) && blank(row.note()) && blank(row.reviewBy());
        }

        void decide(String lastModifiedBy, Map<String, StoredDecision> current, long[] revision,
                    List<DecisionStore.Applied> applied, List<ImportOutcome> outcomes) {
            Set<String> ids = new HashSet<>();
            rows.forEach(r -> ids.add(r.findingId()));
            Map<String, StoredDecision> seen = store.seen(ids);
            Set<String> unknown = new HashSet<>(ids);
            unknown.removeAll(current.keySet());
            current.putAll(store.current(unknown));
            // first every row on its own, then the rows that disagree on one finding, then apply in row order
            Map<SourceRow, Object> verdicts = new LinkedHashMap<>();
            Map<String, List<Change>> byId = new HashMap<>();
            for (SourceRow row : rows) {
                Object verdict = check(row, seen, current, lastModifiedBy);
                verdicts.put(row, verdict);
                if (verdict instanceof Change c) {
                    byId.computeIfAbsent(row.findingId(), id -> new ArrayList<>()).add(c);
                }
            }
            for (Map.Entry<SourceRow, Object> e : verdicts.entrySet()) {
                SourceRow row = e.getKey();
                if (e.getValue() instanceof String reason) {
                    if (reason.isEmpty()) {
                        unchanged++;
                    } else {
                        outcomes.add(outcome(row, Outcome.REJECTED, reason, requested(row), decidedByCell(row)));
                    }
                    continue;
                }
                Change change = (Change) e.getValue();
                List<Change> same = byId.get(row.findingId());
                if (same.stream().anyMatch(other -> !other.sameDecision(change))) {
                    outcomes.add(outcome(row, Outcome.REJECTED,
                            "the same finding id twice in this file with different decisions", change.status().code(),
                            change.decidedBy()));
                    continue;
                }
                if (same.get(0) != change) {
                    unchanged++;
                    continue;
                }
                StoredDecision stored = current.get(row.findingId());
                long standing = stored == null ? 0 : stored.decision().revision();
                if (row.written() != null && row.written().revision() != standing) {
                    outcomes.add(outcome(row, Outcome.CONFLICT,
                            "the decision was changed by another import since this workbook was written; it stays "
                                    + (stored == null ? TriageStatus.PENDING.code() : stored.decision().status().code()),
                            change.status().code(), change.decidedBy()));
                    continue;
                }
                StoredDecision facts = seen.get(row.findingId());
                Decision decision = new Decision(change.status(), change.note(), change.reviewBy(), change.decidedBy(),
                        runDate, ++revision[0]);
                StoredDecision now = new StoredDecision(row.findingId(), decision, facts.severity(), facts.deadline());
                current.put(row.findingId(), now);
                applied.add(new DecisionStore.Applied(now, file, sha));
                outcomes.add(outcome(row, Outcome.APPLIED, change.cut(), change.status().code(), change.decidedBy()));
            }
        }

        /** The change a row asks for; or why it is rejected; or "" when it changes nothing. */
        private Object check(SourceRow row, Map<String, StoredDecision> seen, Map<String, StoredDecision> current,
                             String lastModifiedBy) {
            String id = row.findingId();
            if (!FindingId.wellFormed(id) || !seen.containsKey(id)) {
                return "unknown finding id: the history never saw it";
            }
            SourceRow.Written w = row.written();
            StoredDecision stored = current.get(id);
            Decision base = stored == null ? Decision.NONE : stored.decision();
            boolean statusGiven = !blank(row.status()) && (w == null || !Objects.equals(code(row.status()), w.status()));
            TriageStatus status = base.status();
            if (statusGiven) {
                status = words.parse(row.status());
                if (status == null) {
                    return "unknown status '" + row.status().strip() + "'";
                }
            }
            boolean noteGiven = row.note() != null && (w == null ? !blank(row.note()) : !strip(row.note()).equals(strip(w.note())));
            String note = noteGiven ? strip(row.note()) : base.note();
            if (note.length() > MAX_NOTE) {
                return "note too long: " + note.length() + " characters, at most " + MAX_NOTE;
            }
            boolean reviewGiven = !blank(row.reviewBy())
                    && (w == null || !dateText(row.reviewBy()).equals(dateText(w.reviewBy())));
            LocalDate reviewBy = null;
            String cut = "";
            if (status == TriageStatus.WAIVED) {
                if (reviewGiven) {
                    reviewBy = InboxReader.date(row.reviewBy());
                    if (reviewBy == null) {
                        return "review-by is not a date: '" + row.reviewBy().strip() + "'";
                    }
                    if (reviewBy.isBefore(runDate)) {
                        return "review-by " + reviewBy + " is already past";
                    }
                } else if (base.status() == TriageStatus.WAIVED && base.reviewBy() != null && !statusGiven) {
                    reviewBy = base.reviewBy();
                } else {
                    reviewBy = runDate.plusDays(waivers.days());
                }
                LocalDate latest = runDate.plusDays(waivers.maxDays());
                if (reviewBy.isAfter(latest)) {
                    cut = "review-by " + reviewBy + " cut to " + latest + " (at most " + waivers.maxDays() + " days)";
                    reviewBy = latest;
                }
                if (note.isBlank()) {
                    return "a waiver needs a note: the reason";
                }
            } else if (reviewGiven && InboxReader.date(row.reviewBy()) == null) {
                return "review-by is not a date: '" + row.reviewBy().strip() + "'";
            }
            if (w == null && status == base.status() && note.equals(base.note()) && Objects.equals(reviewBy, base.reviewBy())) {
                return "";
            }
            String decidedBy = decidedByCell(row);
            if (decidedBy.isEmpty() || w != null && decidedBy.equals(strip(w.decidedBy()))) {
                decidedBy = blank(lastModifiedBy) ? UNKNOWN : lastModifiedBy.strip();
            }
            return new Change(row, status, note, reviewBy, cut, decidedBy.length() > 200 ? decidedBy.substring(0, 200) : decidedBy);
        }

        private String requested(SourceRow row) {
            if (blank(row.status())) {
                return "";
            }
            TriageStatus s = words.parse(row.status());
            return s == null ? row.status().strip() : s.code();
        }

        private ImportOutcome outcome(SourceRow row, Outcome outcome, String reason, String status, String decidedBy) {
            return new ImportOutcome(file, row.sheet(), row.row(), row.findingId(), outcome, reason, status, decidedBy);
        }
    }

    private String code(String word) {
        TriageStatus s = blank(word) ? null : words.parse(word);
        return s == null ? word : s.code();
    }

    private static String decidedByCell(SourceRow row) {
        return row.decidedBy() == null ? "" : row.decidedBy().strip();
    }

    private static String dateText(String text) {
        LocalDate date = InboxReader.date(text);
        return date == null ? strip(text) : date.toString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
