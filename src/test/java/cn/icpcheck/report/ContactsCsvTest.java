package cn.icpcheck.report;

import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.rules.Severity;

import com.opencsv.CSVReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContactsCsvTest {

    @TempDir
    Path dir;

    private static final ContactRow FIRST = new ContactRow(1, "1873402956610021", "浙ICP备16023518号", "浙",
            "杭州云栈科技有限公司", "陈立峰", "13957112345", "chenlf@yunzhan-cloud.com", Severity.CRITICAL,
            LocalDate.of(2026, 10, 12), 3, List.of(RuleCode.DOMAIN_EXPIRED, RuleCode.ID_NUMBER_INVALID),
            List.of("立即续费域名，续费前不要提交变更备案", "核对证件号码，更正或更换为有效证件"));
    /** Data a spreadsheet would misread: a comma, quotes, a line break, formula-looking cells. */
    private static final ContactRow AWKWARD = new ContactRow(2, "1766203948571111", "粤ICP备14056789号", "粤",
            "东莞市\"松湖\"电子商务有限公司,东莞分公司", "=叶建平", "+86 0769", "-a@b.cn\nsecond line",
            Severity.HIGH, null, 1, List.of(RuleCode.EMPTY_SERVICE_LIST), List.of("@新增网站或App，或注销该主体"));

    @Test
    void writesTheContractsColumnsWithBomAndCrlf() throws Exception {
        Path file = dir.resolve(ContactsCsv.FILE_NAME);
        ContactsCsv.write(file, List.of(FIRST, AWKWARD));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFpriority,customer_id,subject_no,province,holder_name,contact_name,"
                + "contact_mobile,contact_email,top_severity,earliest_deadline,finding_count,rules,actions,contact_status,"
                + "last_contacted_on\r\n");
        assertThat(text).contains("\r\n1,1873402956610021,浙ICP备16023518号,浙,杭州云栈科技有限公司,陈立峰,13957112345,"
                + "chenlf@yunzhan-cloud.com,CRITICAL,2026-10-12,3,DOMAIN_EXPIRED;ID_NUMBER_INVALID,"
                + "立即续费域名，续费前不要提交变更备案;核对证件号码，更正或更换为有效证件,to_contact,\r\n");
    }

    @Test
    void quotesWhatNeedsQuotingAndDefusesFormulas() throws Exception {
        Path file = dir.resolve(ContactsCsv.FILE_NAME);
        ContactsCsv.write(file, List.of(FIRST, AWKWARD));
        String text = Files.readString(file).substring(1);
        assertThat(text).contains("\"东莞市\"\"松湖\"\"电子商务有限公司,东莞分公司\"");
        List<String[]> rows;
        try (CSVReader csv = new CSVReader(new StringReader(text))) {
            rows = csv.readAll();
        }
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)).containsExactly("2", "1766203948571111", "粤ICP备14056789号", "粤",
                "东莞市\"松湖\"电子商务有限公司,东莞分公司", "'=叶建平", "'+86 0769", "'-a@b.cn\nsecond line",
                "HIGH", "", "1", "EMPTY_SERVICE_LIST", "'@新增网站或App，或注销该主体", "to_contact", "");
    }
}
