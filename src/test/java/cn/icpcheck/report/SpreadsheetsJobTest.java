package cn.icpcheck.report;

import cn.icpcheck.job.NightlyCommand;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static cn.icpcheck.report.ComplianceWorkbookTest.sheetNames;
import static cn.icpcheck.report.ReportFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;

/** The nightly job writes the spreadsheets from a real export, keeping personal data masked. */
class SpreadsheetsJobTest {

    private static final String RUN_DATE = "2026-11-30";
    /** Certificate numbers of the export: none may appear whole in any output. */
    private static final List<String> CERTIFICATES = List.of("91330106MA27WQ3E6R", "330106198405170313",
            "91441900MA4UQ1234Y", "44190019850315123X", "330106199001011234");
    private static final String VALID_MOBILE = "13957112345";
    private static final String INVALID_MOBILE = "1379001234";

    @TempDir
    Path dir;

    @Test
    void writesTheWorkbookAndTheContactListWithPersonalDataMasked() throws IOException {
        Path input = export();
        assertThat(run(input, "zh")).isZero();
        Path reports = dir.resolve("out").resolve(RUN_DATE);
        assertThat(reports.resolve(ComplianceWorkbook.FILE_NAME)).isRegularFile();
        assertThat(reports.resolve(ContactsCsv.FILE_NAME)).isRegularFile();
        assertThat(reports.resolve(ContactsWorkbook.FILE_NAME)).isRegularFile();

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(reports.resolve(ComplianceWorkbook.FILE_NAME)))) {
            assertThat(sheetNames(wb)).containsExactly("概览", "域名", "服务", "证件", "联系方式", "已解决", "被拒绝的行");
            assertThat(rows(wb.getSheet("概览"))).contains(List.of("instances.csv", "未提供", ""),
                    List.of("服务无接入实例", "未提供 instances.csv"));
            assertThat(rows(wb.getSheet("域名"))).anySatisfy(row -> assertThat(row.get(9))
                    .isEqualTo("xn--fsqu00a.xn--fiqs8s（例子.中国）"));
        }
        List<String> contacts = Files.readAllLines(reports.resolve(ContactsCsv.FILE_NAME));
        assertThat(contacts).hasSize(3);
        // both CRITICAL: the one with a deadline first
        assertThat(contacts.get(1)).startsWith("1,1873402956610021,浙ICP备16023518号,浙,杭州云栈科技有限公司,陈立峰,"
                + VALID_MOBILE + ",chenlf@yunzhan-cloud.com,CRITICAL,2026-08-15,");
        assertThat(contacts.get(2)).startsWith("2,1766203948571111,粤ICP备14056789号,粤,东莞市松湖电子商务有限公司,叶建平,"
                + INVALID_MOBILE + ",yejp@songhu-mall.com,CRITICAL,,");

        for (Path file : outputs(reports)) {
            String text = content(file);
            for (String certificate : CERTIFICATES) {
                assertThat(text).as("%s shows %s whole", file.getFileName(), certificate).doesNotContain(certificate);
            }
            boolean contactFile = file.getFileName().toString().startsWith("remediation-contacts");
            if (!contactFile) {
                assertThat(text).as("%s shows a mobile whole", file.getFileName())
                        .doesNotContain(VALID_MOBILE).doesNotContain(INVALID_MOBILE);
            }
        }
        assertThat(content(reports.resolve(ComplianceWorkbook.FILE_NAME))).contains("137****234");
    }

    @Test
    void writesEnglishSpreadsheetsWithLangEn() throws IOException {
        assertThat(run(export(), "en")).isZero();
        Path reports = dir.resolve("out").resolve(RUN_DATE);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(reports.resolve(ComplianceWorkbook.FILE_NAME)));
             XSSFWorkbook contacts = new XSSFWorkbook(Files.newInputStream(reports.resolve(ContactsWorkbook.FILE_NAME)))) {
            assertThat(sheetNames(wb)).containsExactly("Summary", "Domains", "Services", "Identity documents",
                    "Contacts", "Resolved", "Rejected rows");
            assertThat(rows(contacts.getSheet("Contacts")).get(2).get(12))
                    .startsWith("Cancel the filing, or file again under the new holder\n");
        }
        assertThat(Files.readString(reports.resolve(ContactsCsv.FILE_NAME))).contains("Add a website or App, or cancel the subject");
    }

    @Test
    void aRestartWritesTheFilesWhoseStepHadNotCompletedAndKeepsTheOthers() throws IOException {
        Path input = export();
        Path reports = dir.resolve("out").resolve(RUN_DATE);
        // a folder where the contact list goes: its step fails, the run's summary says so
        Files.createDirectories(reports.resolve(ContactsCsv.FILE_NAME).resolve("blocker"));
        assertThat(run(input, "zh")).isEqualTo(1);
        Path workbook = reports.resolve(ComplianceWorkbook.FILE_NAME);
        assertThat(workbook).isRegularFile();
        assertThat(Files.readString(reports.resolve(SummaryJson.FILE_NAME))).contains("\"status\" : \"FAILED\"");
        FileTime written = FileTime.from(Instant.parse("2026-11-30T01:00:00Z"));
        Files.setLastModifiedTime(workbook, written);

        Files.delete(reports.resolve(ContactsCsv.FILE_NAME).resolve("blocker"));
        Files.delete(reports.resolve(ContactsCsv.FILE_NAME));
        assertThat(run(input, "zh")).isZero();
        assertThat(Files.getLastModifiedTime(workbook)).as("the completed step is not run again").isEqualTo(written);
        assertThat(reports.resolve(ContactsCsv.FILE_NAME)).isRegularFile();
        assertThat(reports.resolve(ContactsWorkbook.FILE_NAME)).isRegularFile();
        assertThat(Files.readString(reports.resolve(SummaryJson.FILE_NAME))).contains("\"status\" : \"COMPLETED\"");
        try (var files = Files.list(reports)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    private int run(Path input, String lang) {
        return NightlyCommand.run("--input=" + input, "--output=" + dir.resolve("out"),
                "--state-dir=" + dir.resolve("state"), "--run-date=" + RUN_DATE, "--lang=" + lang);
    }

    /** A small export with the personal data the outputs must mask; no instances.csv, no orders.csv. */
    private Path export() throws IOException {
        Path input = dir.resolve("export");
        Files.createDirectories(input);
        Files.writeString(input.resolve("subjects.csv"), """
                subject_no,customer_id,province,holder_name,holder_type,holder_cert_type,holder_cert_no,holder_registration_status,principal_name,principal_cert_type,principal_cert_no,principal_cert_expiry,principal_mobile,principal_email,status
                浙ICP备16023518号,1873402956610021,浙江,杭州云栈科技有限公司,企业,统一社会信用代码证书,91330106MA27WQ3E6R,存续,陈立峰,居民身份证,330106198405170313,2026-08-15,+86 139 5711 2345,chenlf@yunzhan-cloud.com,正常
                粤ICP备14056789号,1766203948571111,广东,东莞市松湖电子商务有限公司,企业,营业执照,91441900MA4UQ1234Y,注销,叶建平,居民身份证,44190019850315123X,长期,1379001234,yejp@songhu-mall.com,正常
                苏ICP备16052288号,1612345098761234,华东,苏州太湖云端信息科技有限公司,企业,营业执照,91320500MA1MXYZ12A,存续,钱晓峰,居民身份证,330106199001011234,长期,13962112345,qianxf@taihuyun.com,正常
                """, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("services.csv"), """
                service_no,subject_no,service_type,service_name,domains,principal_name,principal_cert_type,principal_cert_no,principal_cert_expiry,principal_mobile,principal_email,instance_ids,status
                浙ICP备16023518号-1,浙ICP备16023518号,网站,云栈官网,yunzhan-cloud.com;例子.中国,陈立峰,居民身份证,330106198405170313,长期,13957112345,chenlf@yunzhan-cloud.com,,正常
                """, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("domains.csv"), """
                domain,registrant_name,expires_on,status,real_name_verified
                yunzhan-cloud.com,杭州云栈科技有限公司,2026-10-12,ok,是
                xn--fsqu00a.xn--fiqs8s,杭州云栈科技有限公司,2027-01-05,ok,是
                """, StandardCharsets.UTF_8);
        return input;
    }

    private static List<Path> outputs(Path reports) throws IOException {
        try (var files = Files.list(reports)) {
            return new ArrayList<>(files.toList());
        }
    }

    /** A file's text; for a workbook, the XML of all its parts. */
    private static String content(Path file) throws IOException {
        if (!file.toString().endsWith(".xlsx")) {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        StringBuilder xml = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    xml.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return xml.toString();
    }
}
