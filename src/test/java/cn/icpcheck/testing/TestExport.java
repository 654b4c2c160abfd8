package cn.icpcheck.testing;

import cn.icpcheck.filing.IdProblem;
import cn.icpcheck.filing.ResidentIdNumber;
import cn.icpcheck.filing.UnifiedSocialCreditCode;
import cn.icpcheck.input.ExportColumn;
import cn.icpcheck.input.ExportFile;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small nightly export (inputs.md) built in a test: {@link #sample} gives {@code n} subjects, each
 * with a website, its domain and its instance, every few of them with a problem the rules find, and
 * a few rows that are rejected; {@link #set} and {@link #remove} change it for the next night.
 * Rows are kept per file by their key column (the file's first column).
 */
public final class TestExport {

    /** Run dates the sample is meant for: its domains and orders are dated around them. */
    public static final LocalDate DAY_1 = LocalDate.of(2026, 11, 30);
    public static final LocalDate DAY_2 = DAY_1.plusDays(1);
    public static final LocalDate DAY_3 = DAY_1.plusDays(2);

    /** The numbers of the rejected rows' subjects, apart from any {@link #addSubject}. */
    private static final int BAD_ROWS = 90_000_000;

    private final Map<ExportFile, Map<String, Map<String, String>>> rows = new EnumMap<>(ExportFile.class);

    private TestExport() {
        for (ExportFile file : ExportFile.values()) {
            rows.put(file, new LinkedHashMap<>());
        }
    }

    /**
     * {@code n} subjects in Zhejiang. Subject {@code i} has an invalid mobile when {@code i % 4 == 1},
     * an expired domain when {@code i % 5 == 2}, a domain not real-name verified when
     * {@code i % 6 == 3}, a domain missing from domains.csv when {@code i % 9 == 4}, an order in
     * progress when {@code i % 10 == 0}. Three more rows are rejected: a subject of an unknown
     * province, a service of an unknown subject and a domain with a bad date.
     */
    public static TestExport sample(int n) {
        TestExport export = new TestExport();
        for (int i = 1; i <= n; i++) {
            export.addSubject(i);
        }
        export.add(ExportFile.SUBJECTS, subjectRow(BAD_ROWS, "火星"));
        export.add(ExportFile.SERVICES, serviceRow(BAD_ROWS + 1));
        export.add(ExportFile.DOMAINS, domainRow(BAD_ROWS + 2, "not-a-date"));
        return export;
    }

    public static String subjectNo(int i) {
        return "浙ICP备%08d号".formatted(20260000 + i);
    }

    public static String domain(int i) {
        return "site%d.com".formatted(i);
    }

    /** Adds subject {@code i} with its website, domain, instance and order, as {@link #sample} describes. */
    public TestExport addSubject(int i) {
        Map<String, String> subject = subjectRow(i, "浙江");
        Map<String, String> service = serviceRow(i);
        if (i % 4 == 1) {
            subject.put("principal_mobile", "12345");
            service.put("principal_mobile", "12345");
        }
        add(ExportFile.SUBJECTS, subject);
        add(ExportFile.SERVICES, service);
        if (i % 9 != 4) {
            Map<String, String> domain = domainRow(i, i % 5 == 2 ? "2026-11-01" : "2028-06-30");
            domain.put("real_name_verified", i % 6 == 3 ? "否" : "是");
            add(ExportFile.DOMAINS, domain);
        }
        add(ExportFile.INSTANCES, row("instance_id", instanceId(i), "customer_id", customerId(i), "status", "运行中"));
        if (i % 10 == 0) {
            add(ExportFile.ORDERS, row("order_id", "BA%08d".formatted(i), "subject_no", subjectNo(i),
                    "order_type", "变更主体", "status", "管局审核中", "submitted_on", "2026-11-20",
                    "changed_field", "legal_rep_name", "new_value", "新代表" + i));
        }
        return this;
    }

    /** The first night's export: {@code sample(40)}. */
    public static TestExport dayOne() {
        return sample(40);
    }

    /**
     * The next night's: subject 1's mobiles fixed and subject 2's domain renewed (three findings
     * resolved), subject 5 gone (two resolved), subject 3's domain suspended and subject 41 added with
     * an invalid mobile (three new).
     */
    public static TestExport dayTwo() {
        return sample(40)
                .set(ExportFile.SUBJECTS, subjectNo(1), "principal_mobile", "13800000001")
                .set(ExportFile.SERVICES, subjectNo(1) + "-1", "principal_mobile", "13800000001")
                .set(ExportFile.DOMAINS, domain(2), "expires_on", "2028-06-30")
                .set(ExportFile.DOMAINS, domain(3), "status", "clientHold")
                .removeSubject(5)
                .addSubject(41);
    }

    /** Sets one cell of the row with this key. */
    public TestExport set(ExportFile file, String key, String column, String value) {
        Map<String, String> row = rows.get(file).get(key);
        if (row == null) {
            throw new IllegalArgumentException(file + " has no row " + key);
        }
        row.put(column, value);
        return this;
    }

    public TestExport remove(ExportFile file, String key) {
        if (rows.get(file).remove(key) == null) {
            throw new IllegalArgumentException(file + " has no row " + key);
        }
        return this;
    }

    /** Removes subject {@code i} and everything of it. */
    public TestExport removeSubject(int i) {
        for (Map<String, Map<String, String>> file : rows.values()) {
            file.values().removeIf(row -> row.containsValue(subjectNo(i)) || row.containsValue(domain(i))
                    || row.containsValue(instanceId(i)));
        }
        return this;
    }

    /**
     * Opens a quote that is never closed on line 3 of a written file (the second data row), so that no
     * line from there on can be read; returns the file's number of lines.
     */
    public static int unterminatedQuoteOnLine3(Path file) throws IOException {
        java.util.List<String> lines = Files.readAllLines(file);
        lines.set(2, lines.get(2).replaceFirst(",", ",\""));
        Files.write(file, lines);
        return lines.size();
    }

    /** Writes the export files into a folder (created if needed), with English headers. */
    public Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (ExportFile file : ExportFile.values()) {
            String[] header = file.columns().stream().map(ExportColumn::name).toArray(String[]::new);
            try (Writer out = Files.newBufferedWriter(dir.resolve(file.fileName()), StandardCharsets.UTF_8);
                 ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd("\n").build()) {
                csv.writeNext(header, false);
                for (Map<String, String> row : rows.get(file).values()) {
                    String[] cells = new String[header.length];
                    for (int c = 0; c < header.length; c++) {
                        cells[c] = row.getOrDefault(header[c], "");
                    }
                    csv.writeNext(cells, false);
                }
            }
        }
        return dir;
    }

    private void add(ExportFile file, Map<String, String> row) {
        rows.get(file).put(row.values().iterator().next(), row);
    }

    private static Map<String, String> subjectRow(int i, String province) {
        return row("subject_no", subjectNo(i), "customer_id", customerId(i), "province", province,
                "holder_name", holderName(i), "holder_type", "企业", "holder_cert_type", "统一社会信用代码证书",
                "holder_cert_no", creditCode(i), "principal_name", "负责人" + i, "principal_cert_type", "居民身份证",
                "principal_cert_no", residentId(i), "principal_cert_expiry", "长期",
                "principal_mobile", mobile(i), "principal_email", "p%d@example.com".formatted(i), "status", "正常");
    }

    private static Map<String, String> serviceRow(int i) {
        return row("service_no", subjectNo(i) + "-1", "subject_no", subjectNo(i), "service_type", "网站",
                "service_name", "站点" + i, "domains", domain(i), "principal_name", "负责人" + i,
                "principal_cert_type", "居民身份证", "principal_cert_no", residentId(i),
                "principal_cert_expiry", "长期", "principal_mobile", mobile(i),
                "principal_email", "p%d@example.com".formatted(i), "instance_ids", instanceId(i), "status", "正常");
    }

    private static Map<String, String> domainRow(int i, String expiresOn) {
        return row("domain", domain(i), "registrant_name", holderName(i), "expires_on", expiresOn,
                "status", "ok", "real_name_verified", "是");
    }

    private static Map<String, String> row(String... namesAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int k = 0; k < namesAndValues.length; k += 2) {
            row.put(namesAndValues[k], namesAndValues[k + 1]);
        }
        return row;
    }

    private static String customerId(int i) {
        return "18000000%04d".formatted(i);
    }

    private static String holderName(int i) {
        return "杭州测试%d科技有限公司".formatted(i);
    }

    private static String instanceId(int i) {
        return "i-%06d".formatted(i);
    }

    private static String mobile(int i) {
        return "1380000%04d".formatted(i % 10_000);
    }

    /** A valid unified social credit code: the check character found by trying each. */
    private static String creditCode(int i) {
        String body = "91330106MA%07d".formatted(i % 10_000_000);
        for (char c : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            if (UnifiedSocialCreditCode.check(body + c) == IdProblem.NONE) {
                return body + c;
            }
        }
        throw new IllegalStateException("no check character for " + body);
    }

    /** A valid resident id number, born 1980-01-01. */
    private static String residentId(int i) {
        String body = "33010619800101%03d".formatted(i % 1000);
        for (char c : "0123456789X".toCharArray()) {
            if (ResidentIdNumber.check(body + c, DAY_1) == IdProblem.NONE) {
                return body + c;
            }
        }
        throw new IllegalStateException("no check character for " + body);
    }
}
