package cn.icpcheck.report;

import cn.icpcheck.filing.ProvinceTable;
import cn.icpcheck.history.Trend;
import cn.icpcheck.input.ExportFile;
import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.FindingId;
import cn.icpcheck.rules.Messages;
import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.rules.Severity;
import cn.icpcheck.triage.Decision;
import cn.icpcheck.triage.FindingTriage;
import cn.icpcheck.triage.FollowUp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.StaticMessageSource;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes a small workbook to nowhere on a spare thread while the application starts. The first
 * workbook of a process otherwise spends most of a second loading POI's classes and the
 * spreadsheet schemas, at the end of the run when both cores are busy with the reports; at start
 * one core waits while the application context is built. Nothing is written and nothing is kept;
 * a failure only costs the warm-up. Once per process: what it loads stays loaded for later runs.
 */
public final class WorkbookWarmUp {

    private static final Logger log = LoggerFactory.getLogger(WorkbookWarmUp.class);

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private WorkbookWarmUp() {
    }

    public static void startInBackground() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(WorkbookWarmUp::run, "icp-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            StaticMessageSource words = new StaticMessageSource();
            words.setUseCodeAsDefaultMessage(true);
            Messages messages = new Messages(words, Locale.CHINESE);
            LocalDate day = LocalDate.of(2000, 1, 1);
            Finding finding = new Finding(RuleCode.DOMAIN_EXPIRED, Severity.CRITICAL, "C", "浙", "浙ICP备00000000号",
                    "浙ICP备00000000号-1", "example.com", day, "", "", "");
            Map<ExportFile, RunSummary.InputCount> inputs = new EnumMap<>(ExportFile.class);
            new ComplianceWorkbook(messages, new ProvinceTable(List.of())).write(OutputStream.nullOutputStream(),
                    new WorkbookContent(day, inputs, List.of(), List.of(finding),
                            List.of(new FindingTriage(FindingId.of(finding.key()), Decision.NONE, FollowUp.NEW, false, day)),
                            Trend.firstRun(Map.of(finding.key(), day)), List.of()));
        } catch (Exception | LinkageError e) {
            log.debug("The workbook warm-up failed; the first workbook will take longer", e);
        }
    }
}
