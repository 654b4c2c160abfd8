package cn.icpcheck.report;

import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.rules.Severity;

import org.apache.commons.compress.archivers.zip.Zip64ExtendedInformationExtraField;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static cn.icpcheck.report.ReportFixtures.PROVINCES;
import static cn.icpcheck.report.ReportFixtures.RUN_DATE;
import static cn.icpcheck.report.ReportFixtures.en;
import static cn.icpcheck.report.ReportFixtures.rows;
import static cn.icpcheck.report.ReportFixtures.zh;
import static org.assertj.core.api.Assertions.assertThat;

class ContactsWorkbookTest {

    private static final List<ContactRow> ROWS = List.of(
            new ContactRow(1, "1873402956610021", "浙ICP备16023518号", "浙", "杭州云栈科技有限公司", "陈立峰",
                    "13957112345", "chenlf@yunzhan-cloud.com", Severity.CRITICAL, LocalDate.of(2026, 10, 12), 3,
                    List.of(RuleCode.DOMAIN_EXPIRED, RuleCode.ID_NUMBER_INVALID),
                    List.of("立即续费域名，续费前不要提交变更备案", "核对证件号码，更正或更换为有效证件")),
            new ContactRow(2, "1766203948571111", "粤ICP备14056789号", "粤", "东莞市松湖电子商务有限公司", "叶建平",
                    "=0769", "", Severity.HIGH, null, 1, List.of(RuleCode.EMPTY_SERVICE_LIST),
                    List.of("新增网站或App，或注销该主体")));

    @Test
    void holdsTheRowsOfTheCsvForPeople() throws IOException {
        try (XSSFWorkbook wb = write(zh())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = wb.getSheet("待联系主体");
            assertThat(rows(sheet)).containsExactly(
                    List.of("优先级", "客户ID", "主体备案号", "省份", "主办单位", "联系人", "联系人手机", "联系人邮箱",
                            "最高严重程度", "最早截止日期", "问题数", "问题", "处理建议", "联系状态", "最近联系日期", "备注",
                            "finding_ids", "written_contact_status", "written_note"),
                    List.of("1", "1873402956610021", "浙ICP备16023518号", "浙江", "杭州云栈科技有限公司", "陈立峰",
                            "13957112345", "chenlf@yunzhan-cloud.com", "严重", "2026-10-12", "3",
                            "域名已过期\n证件号码无效", "立即续费域名，续费前不要提交变更备案\n核对证件号码，更正或更换为有效证件",
                            "待联系", "", "", "", "pending", ""),
                    List.of("2", "1766203948571111", "粤ICP备14056789号", "广东", "东莞市松湖电子商务有限公司", "叶建平",
                            "'=0769", "", "高", "", "1", "空壳主体", "新增网站或App，或注销该主体", "待联系", "", "", "",
                            "pending", ""));
            assertThat(sheet.isColumnHidden(16)).as("finding_ids is for the import").isTrue();
            assertThat(sheet.isColumnHidden(15)).isFalse();
            Cell priority = sheet.getRow(1).getCell(0);
            assertThat(priority.getCellType()).isEqualTo(CellType.NUMERIC);
            Cell deadline = sheet.getRow(1).getCell(9);
            assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
            assertThat(sheet.getRow(1).getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(8).getCellStyle().getFillForegroundXSSFColor().getARGBHex())
                    .isEqualTo("FF8B1A1A");
        }
    }

    @Test
    void isLaidOutAndPrintableLikeTheReport() throws IOException {
        try (XSSFWorkbook zh = write(zh()); XSSFWorkbook en = write(en())) {
            XSSFSheet sheet = zh.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:P3");
            assertThat(sheet.getColumnWidth(12)).isEqualTo(44 * 256);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
            assertThat(sheet.getRepeatingRows().getLastRow()).isZero();
            assertThat(sheet.getHeader().getLeft()).isEqualTo("整改联系清单  " + RUN_DATE);

            assertThat(en.getSheetAt(0).getSheetName()).isEqualTo("Contacts");
            assertThat(rows(en.getSheetAt(0)).get(0)).containsExactly("Priority", "Customer", "Subject number",
                    "Province", "Holder", "Contact", "Mobile", "E-mail", "Top severity", "Earliest deadline",
                    "Findings", "Issues", "Actions", "Contact status", "Last contacted", "Note", "finding_ids",
                    "written_contact_status", "written_note");
            assertThat(rows(en.getSheetAt(0)).get(1).get(8)).isEqualTo("Critical");
        }
    }

    @Test
    void isAPlainZipWithoutZip64RecordsAsExcelWritesOne() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ContactsWorkbook(zh(), PROVINCES).write(out, RUN_DATE, ROWS);

        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(out.toByteArray())).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            assertThat(entries).extracting(ZipArchiveEntry::getName).contains("xl/worksheets/sheet1.xml");
            for (ZipArchiveEntry entry : entries) {
                assertThat(entry.getExtraFields()).as(entry.getName()).noneMatch(Zip64ExtendedInformationExtraField.class::isInstance);
                // version 2.0 of the zip format needed to extract: no zip64
                assertThat(entry.getVersionRequired()).as(entry.getName()).isEqualTo(20);
            }
        }
    }

    private static XSSFWorkbook write(cn.icpcheck.rules.Messages messages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ContactsWorkbook(messages, PROVINCES).write(out, RUN_DATE, ROWS);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
