package cn.icpcheck.report;

import cn.icpcheck.history.Trend;
import cn.icpcheck.input.ExportFile;
import cn.icpcheck.rules.SkippedRule;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** summary.json: the run's figures for monitoring (outputs.md, operations.md). */
public final class SummaryJson {

    public static final String FILE_NAME = "summary.json";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SummaryJson() {
    }

    public static void write(Path target, RunSummary summary) throws IOException {
        Map<String, Object> json = toJson(summary);
        AtomicFile.write(target, out -> JSON.writeValue(out, json));
    }

    /**
     * Turns the summary.json of a run that completed into one of a failed run, when what comes
     * after the reports (keeping the state safe) failed: the status, the failure, no figures.
     */
    @SuppressWarnings("unchecked")
    public static void markFailed(Path target, String failure) throws IOException {
        if (!Files.isRegularFile(target)) {
            return;
        }
        Map<String, Object> json = JSON.readValue(target.toFile(), LinkedHashMap.class);
        json.put("status", "FAILED");
        json.put("failure", failure);
        json.put("findings", null);
        json.put("by_province", null);
        json.put("trend", null);
        json.put("triage", null);
        AtomicFile.write(target, out -> JSON.writeValue(out, json));
    }

    static Map<String, Object> toJson(RunSummary s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run_date", s.runDate());
        json.put("status", s.status());
        json.put("failure", s.failure());
        json.put("version", s.about().version());
        json.put("started_at", time(s.about().startedAt()));
        json.put("finished_at", time(s.about().finishedAt()));
        json.put("input", s.about().input());
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (Map.Entry<ExportFile, RunSummary.InputCount> e : s.inputs().entrySet()) {
            RunSummary.InputCount n = e.getValue();
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("present", n.present());
            counts.put("bytes", n.bytes());
            counts.put("sha256", n.sha256());
            counts.put("read", n.read());
            counts.put("rejected", n.rejected());
            counts.put("lines_lost", n.linesLost());
            inputs.put(e.getKey().fileName(), counts);
        }
        json.put("inputs", inputs);
        json.put("rejected_rows", s.totalRejects());
        List<Map<String, String>> skipped = s.skippedRules().stream()
                .map((SkippedRule r) -> Map.of("rule", r.rule().name(), "reason", r.reason()))
                .map(LinkedHashMap::new).map(m -> (Map<String, String>) m).toList();
        json.put("skipped_rules", skipped);
        RunSummary.Counts counts = s.findings();
        if (counts == null) {
            json.put("findings", null);
            json.put("by_province", null);
        } else {
            Map<String, Object> findings = new LinkedHashMap<>();
            findings.put("total", counts.total());
            findings.put("by_rule", names(counts.byRule()));
            findings.put("by_severity", names(counts.bySeverity()));
            findings.put("by_family", names(counts.byFamily()));
            findings.put("by_province", counts.byProvince());
            json.put("findings", findings);
            json.put("by_province", counts.byProvince());
        }
        json.put("trend", s.trend() == null ? null : trend(s.trend()));
        json.put("triage", s.triage() == null ? null : triage(s.triage()));
        json.put("duration_ms", s.durationMs());
        return json;
    }

    private static String time(OffsetDateTime time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static Map<String, Object> triage(RunSummary.TriageCounts t) {
        Map<String, Object> files = new LinkedHashMap<>();
        files.put("imported", t.filesImported());
        files.put("refused", t.filesRefused());
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("applied", t.applied());
        rows.put("conflict", t.conflict());
        rows.put("rejected", t.rejected());
        Map<String, Object> byStatus = new LinkedHashMap<>();
        t.byStatus().forEach((status, n) -> byStatus.put(status.code(), n));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("files", files);
        json.put("rows", rows);
        json.put("by_status", byStatus);
        json.put("waivers_expiring_7d", t.waiversExpiring7d());
        return json;
    }

    private static Map<String, Object> trend(Trend trend) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("previous_run_date", trend.previousRunDate() == null ? null : trend.previousRunDate().toString());
        json.put("new", trend.newCount());
        json.put("still_open", trend.stillOpenCount());
        json.put("resolved", trend.resolvedCount());
        return json;
    }

    private static Map<String, Integer> names(Map<? extends Enum<?>, Integer> counts) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        counts.forEach((k, v) -> byName.put(k instanceof cn.icpcheck.rules.Family f ? f.code() : k.name(), v));
        return byName;
    }
}
