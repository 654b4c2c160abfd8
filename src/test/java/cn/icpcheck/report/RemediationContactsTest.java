package cn.icpcheck.report;

import cn.icpcheck.filing.Subject;
import cn.icpcheck.filing.SubjectRegistry;
import cn.icpcheck.filing.SubjectStatus;
import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.rules.Severity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.icpcheck.report.ComplianceWorkbookTest.sorted;
import static cn.icpcheck.report.ReportFixtures.en;
import static cn.icpcheck.report.ReportFixtures.finding;
import static cn.icpcheck.report.ReportFixtures.subject;
import static cn.icpcheck.report.ReportFixtures.zh;
import static org.assertj.core.api.Assertions.assertThat;

class RemediationContactsTest {

    private static final String ZJ = "浙ICP备16023518号";
    private static final String GD = "粤ICP备14056789号";
    private static final String SH_1 = "沪ICP备20009876号";
    private static final String SH_2 = "沪ICP备20009877号";
    private static final String JS = "苏ICP备16052288号";
    private static final String CANCELLED = "京ICP备19004321号";
    private static final String INFO_ONLY = "川ICP备20011234号";

    private static final List<Subject> SUBJECTS = List.of(
            subject(ZJ, "浙江", SubjectStatus.ACTIVE, "+86 139-5711-2345", "chenlf@yunzhan-cloud.com"),
            subject(GD, "广东", SubjectStatus.ACTIVE, "0769-2233", null),
            subject(SH_1, "上海", SubjectStatus.ACTIVE, "18621234567", "a@b.cn"),
            subject(SH_2, "上海", SubjectStatus.ACTIVE, "18621234568", "c@d.cn"),
            subject(JS, "江苏", SubjectStatus.ACTIVE, "13962112345", "e@f.cn"),
            subject(CANCELLED, "北京", SubjectStatus.CANCELLED, "13911086523", ""),
            subject(INFO_ONLY, "四川", SubjectStatus.ACTIVE, "18628012345", ""));

    /** The subjects as the run keeps them. */
    private static final SubjectRegistry REGISTRY = new SubjectRegistry();

    static {
        SUBJECTS.forEach(REGISTRY::register);
    }

    private static final List<Finding> FINDINGS = sorted(
            finding(RuleCode.DOMAIN_EXPIRED, ZJ, ZJ + "-1", "yunzhan.com", LocalDate.of(2026, 10, 12), "…"),
            finding(RuleCode.DOMAIN_EXPIRED, ZJ, ZJ + "-1", "yunzhan.cn", LocalDate.of(2026, 10, 20), "…"),
            finding(RuleCode.ID_NUMBER_INVALID, ZJ, "", "subject_principal", null, "…"),
            finding(RuleCode.DOMAIN_EXPIRING_SOON, ZJ, ZJ + "-2", "yzcloud.com", LocalDate.of(2027, 1, 5), "…"),
            finding(RuleCode.ORDER_IN_PROGRESS, ZJ, "", "BA1", null, "…"),
            finding(RuleCode.CHANGE_NOT_ALLOWED, GD, "", "BA2/domain_add", null, "…"),
            finding(RuleCode.ID_EXPIRED, GD, "", "subject_principal", LocalDate.of(2026, 12, 1), "…"),
            finding(RuleCode.EMPTY_SERVICE_LIST, SH_2, "", "", null, "…"),
            finding(RuleCode.EMPTY_SERVICE_LIST, SH_1, "", "", null, "…"),
            finding(RuleCode.ID_EXPIRED, JS, "", "subject_principal", LocalDate.of(2026, 11, 20), "…"),
            finding(RuleCode.EMPTY_SERVICE_LIST, CANCELLED, "", "", null, "…"),
            finding(RuleCode.ORDER_IN_PROGRESS, INFO_ONLY, "", "BA3", null, "…"),
            finding(RuleCode.EMPTY_SERVICE_LIST, "鲁ICP备00000001号", "", "", null, "…"));

    private final List<ContactRow> rows = RemediationContacts.of(FINDINGS, REGISTRY, zh());

    @Test
    void oneRowPerActiveSubjectWithAFindingAboveInfo() {
        assertThat(rows).extracting(ContactRow::subjectNo).containsExactlyInAnyOrder(ZJ, GD, SH_1, SH_2, JS);
    }

    @Test
    void mostUrgentFirstThenEarliestDeadlineWithNoneLastThenSubjectNumber() {
        assertThat(rows).extracting(ContactRow::subjectNo).containsExactly(ZJ, JS, GD, SH_1, SH_2);
        assertThat(rows).extracting(ContactRow::priority).containsExactly(1, 2, 3, 4, 5);
        assertThat(rows).extracting(ContactRow::topSeverity)
                .containsExactly(Severity.CRITICAL, Severity.HIGH, Severity.HIGH, Severity.HIGH, Severity.HIGH);
    }

    @Test
    void aRowSumsUpTheSubjectsFindingsAboveInfo() {
        ContactRow zj = rows.get(0);
        assertThat(zj.earliestDeadline()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(zj.findingCount()).isEqualTo(4);
        assertThat(zj.rules()).containsExactly(RuleCode.DOMAIN_EXPIRED, RuleCode.ID_NUMBER_INVALID,
                RuleCode.DOMAIN_EXPIRING_SOON);
        assertThat(zj.actions()).containsExactly("立即续费域名，续费前不要提交变更备案", "核对证件号码，更正或更换为有效证件",
                "在截止日期前续费域名");
        ContactRow gd = rows.get(2);
        assertThat(gd.rules()).containsExactly(RuleCode.ID_EXPIRED, RuleCode.CHANGE_NOT_ALLOWED);
        assertThat(gd.earliestDeadline()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(rows.get(3).earliestDeadline()).isNull();
    }

    @Test
    void actionsAreInTheRunsLanguage() {
        List<ContactRow> english = RemediationContacts.of(FINDINGS, REGISTRY, en());
        assertThat(english.get(0).actions().get(0))
                .isEqualTo("Renew the domain now, and submit no change filing before it is renewed");
    }

    @Test
    void theContactIsTheSubjectsPrincipalWithTheMobileWhole() {
        ContactRow zj = rows.get(0);
        assertThat(zj.customerId()).isEqualTo("1873402956610021");
        assertThat(zj.province()).isEqualTo("浙");
        assertThat(zj.holderName()).isEqualTo("杭州云栈科技有限公司");
        assertThat(zj.contactName()).isEqualTo("陈立峰");
        assertThat(zj.contactMobile()).isEqualTo("13957112345");
        assertThat(zj.contactEmail()).isEqualTo("chenlf@yunzhan-cloud.com");
        ContactRow gd = rows.get(2);
        assertThat(gd.contactMobile()).as("not a mobile: as given").isEqualTo("0769-2233");
        assertThat(gd.contactEmail()).isEmpty();
    }

    @Test
    void theRowsAreMadeAsTheyAreReadAlikeOnEveryThreadAndNotKept() throws Exception {
        List<ContactRow> once = List.copyOf(rows);
        // the contact list's CSV file and its workbook read the list side by side
        List<List<ContactRow>> read = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread[] readers = new Thread[4];
        for (int t = 0; t < readers.length; t++) {
            readers[t] = new Thread(() -> {
                for (int round = 0; round < 200; round++) {
                    read.add(List.copyOf(rows));
                }
            });
            readers[t].start();
        }
        for (Thread reader : readers) {
            reader.join();
        }
        assertThat(read).hasSize(800).allSatisfy(r -> assertThat(r).isEqualTo(once));
        assertThat(rows.get(0)).isEqualTo(once.get(0)).isNotSameAs(once.get(0));
    }
}
