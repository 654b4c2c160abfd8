package cn.icpcheck.support;

import cn.icpcheck.filing.DomainName;
import cn.icpcheck.filing.Province;
import cn.icpcheck.filing.ProvinceTable;
import cn.icpcheck.input.ExportColumn;
import cn.icpcheck.input.ExportFile;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes a spec-conformant export of any size with planted defects, and knows which findings and
 * rejects the spec demands for it. Every subject is clean but for at most one planted defect, so
 * the expected findings follow from the plan alone. The export varies its form as real ones do:
 * Chinese or English headers, shuffled columns, a BOM, every date form, quoted commas and
 * newlines, IDN domains in Unicode and punycode, blank lines, and an optional charset.
 *
 * <p>Also the input of the benchmark ({@link #main}).
 */
public final class SyntheticExport {

    /** What the generator planted in one subject. */
    public enum Defect {
        NONE, DOMAIN_NOT_FOUND, DOMAIN_EXPIRED, DOMAIN_VALIDITY_SHORT, DOMAIN_EXPIRING_SOON, DOMAIN_SUSPENDED,
        DOMAIN_NOT_VERIFIED, HOLDER_MISMATCH, EMPTY_SERVICE_LIST, WEBSITE_WITHOUT_DOMAIN, ID_EXPIRED, ID_EXPIRING,
        ID_TYPE_NOT_ACCEPTED, ID_NUMBER_INVALID, HOLDER_DEREGISTERED, NO_ACCESS_INSTANCE, INSTANCE_STALE,
        INSTANCE_OTHER_ACCOUNT, ORDER_OVERDUE, CHANGE_NOT_ALLOWED, CONTACT_MOBILE_INVALID, CONTACT_EMERGENCY_SAME,
        CONTACT_EMAIL_INVALID, FILING_NO_MALFORMED, PENDING_HOLDER_CHANGE
    }

    /**
     * How an export is written. {@code VARIED} varies its form as real exports do (the input of the
     * tests); {@code REALISTIC} is the common case a benchmark measures, and what the DuckDB peer
     * needs: English headers in the spec's order, ISO dates, UTF-8 without BOM, LF line ends, no
     * blank lines and no malformed rows (quoted commas and line breaks in names remain). {@code QUOTED} is
     * {@code REALISTIC} with every cell quoted, as many writers write a file ({@code VARIED} quotes every
     * cell of some of its files too).
     */
    public enum Form {
        VARIED, REALISTIC, QUOTED;

        /** The share of subjects planted with a defect unless told otherwise. */
        public double defectRate() {
            return this == VARIED ? 0.1 : 0.2;
        }
    }

    public static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "艳", "勇"};
    private static final String[] TRADE = {"云栈", "星河", "青禾", "远帆", "知行", "墨言", "锦程", "山海", "鲸云", "拾光"};
    private static final String[] BUSINESS = {"科技", "信息技术", "网络科技", "文化传播", "数据服务", "软件"};
    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final Random random;
    private final long seed;
    private final List<Province> provinces;
    private final double defectRate;
    private final Form form;
    private final Map<ExportFile, List<String[]>> rows = new EnumMap<>(ExportFile.class);
    /** Expected findings as {@code RULE|subject_no|service_no|object}. */
    private final List<String> expectedFindings = new ArrayList<>();
    /** The rows planted to be rejected, with the reason the spec gives. */
    private final Map<String[], String> plannedRejects = new java.util.IdentityHashMap<>();
    private final Map<Defect, Integer> planted = new TreeMap<>();
    private int instanceSeq;

    private SyntheticExport(long seed, double defectRate, ProvinceTable provinces, Form form) {
        this.random = new Random(seed);
        this.seed = seed;
        this.form = form;
        this.provinces = provinces.all();
        this.defectRate = defectRate;
        for (ExportFile f : ExportFile.values()) {
            rows.put(f, new ArrayList<>());
        }
    }

    /** The export's expectations. */
    public record Expectations(List<String> findings, List<String> rejects, Map<Defect, Integer> planted,
                               Map<ExportFile, Integer> dataRows) {
    }

    public static Expectations write(Path dir, int subjects, long seed, double defectRate, Charset charset,
                                     ProvinceTable provinces) throws IOException {
        return write(dir, subjects, seed, defectRate, charset, provinces, Form.VARIED);
    }

    public static Expectations write(Path dir, int subjects, long seed, double defectRate, Charset charset,
                                     ProvinceTable provinces, Form form) throws IOException {
        SyntheticExport export = new SyntheticExport(seed, defectRate, provinces, form);
        for (int i = 0; i < subjects; i++) {
            export.subject(i);
        }
        if (form == Form.VARIED) {
            export.plantRejects();
        }
        Files.createDirectories(dir);
        List<String> rejects = new ArrayList<>();
        Map<ExportFile, Integer> counts = new EnumMap<>(ExportFile.class);
        for (ExportFile file : ExportFile.values()) {
            rejects.addAll(export.writeFile(dir, file, charset));
            counts.put(file, export.rows.get(file).size());
        }
        Collections.sort(export.expectedFindings);
        return new Expectations(List.copyOf(export.expectedFindings), rejects, Map.copyOf(export.planted), counts);
    }

    // ---- one subject and what hangs off it ------------------------------------------------

    private void subject(int n) {
        Province p = provinces.get(n % provinces.size());
        String subjectNo = p.abbr() + "ICP备" + (10_000_000 + n) + "号";
        String customer = "C" + (100_000 + n / 2);
        boolean individual = n % 5 == 4;
        String holder = individual ? personName() : companyName(p, n);
        Defect defect = random.nextDouble() < defectRate
                ? Defect.values()[1 + random.nextInt(Defect.values().length - 1)] : Defect.NONE;
        if (individual && (defect == Defect.HOLDER_DEREGISTERED || defect == Defect.PENDING_HOLDER_CHANGE
                || defect == Defect.CHANGE_NOT_ALLOWED)) {
            defect = Defect.NONE;
        }
        planted.merge(defect, 1, Integer::sum);
        boolean cancelled = defect == Defect.NONE && n % 97 == 13;
        String holderCertType = individual ? "居民身份证" : (n % 2 == 0 ? "营业执照" : "uscc-certificate");
        String holderCertNo = individual ? residentId(n) : creditCode(n);
        if (defect == Defect.ID_TYPE_NOT_ACCEPTED && individual) {
            holderCertType = "户口簿";
        }
        String principal = individual ? holder : personName();
        String principalCertType = defect == Defect.ID_TYPE_NOT_ACCEPTED && !individual ? "临时居民身份证" : "居民身份证";
        String principalCertNo = defect == Defect.ID_NUMBER_INVALID ? breakCheckDigit(residentId(n + 7)) : residentId(n + 7);
        String expiry = switch (defect) {
            case ID_EXPIRED -> date(RUN_DATE.minusDays(1 + random.nextInt(300)));
            case ID_EXPIRING -> date(RUN_DATE.plusDays(random.nextInt(60)));
            default -> random.nextBoolean() ? "长期" : date(RUN_DATE.plusDays(60 + random.nextInt(3000)));
        };
        String mobile = switch (defect) {
            case CONTACT_MOBILE_INVALID -> "0571-8888" + (1000 + random.nextInt(9000));
            default -> mobileIn(random.nextInt(4), n);
        };
        String emergency = defect == Defect.CONTACT_EMERGENCY_SAME ? mobileIn(1, n) : random.nextBoolean() ? mobileIn(0, n + 1) : "";
        String email = defect == Defect.CONTACT_EMAIL_INVALID ? "service.example.com" : "icp" + n + "@example.com";
        String registration = defect == Defect.HOLDER_DEREGISTERED ? (random.nextBoolean() ? "注销" : "revoked")
                : individual ? "" : (random.nextBoolean() ? "存续" : "在业");
        String subjectNoWritten = defect == Defect.FILING_NO_MALFORMED && n % 2 == 0
                ? p.abbr() + "ICP备" + (10_000_000 + n) : subjectNo;
        rows.get(ExportFile.SUBJECTS).add(new String[] {subjectNoWritten, customer, provinceName(p), holder,
                individual ? "个人" : (random.nextBoolean() ? "企业" : "enterprise"), holderCertType, holderCertNo,
                registration, individual ? "" : principal, principal, principalCertType, principalCertNo, expiry,
                mobile, emergency, email, cancelled ? "已注销" : "正常", date(LocalDate.of(2015 + n % 10, 1 + n % 12, 1 + n % 28))});
        if (cancelled) {
            return;
        }
        String subjectKey = subjectNoWritten;
        // subject-level expectations
        switch (defect) {
            case HOLDER_DEREGISTERED -> expect("HOLDER_DEREGISTERED", subjectKey, "", "");
            case ID_EXPIRED -> expect("ID_EXPIRED", subjectKey, "", "subject_principal");
            case ID_EXPIRING -> expect("ID_EXPIRING", subjectKey, "", "subject_principal");
            case ID_TYPE_NOT_ACCEPTED -> expect("ID_TYPE_NOT_ACCEPTED", subjectKey, "", individual ? "holder" : "subject_principal");
            case ID_NUMBER_INVALID -> expect("ID_NUMBER_INVALID", subjectKey, "", "subject_principal");
            case CONTACT_MOBILE_INVALID -> expect("CONTACT_MOBILE_INVALID", subjectKey, "", "subject_principal");
            case CONTACT_EMERGENCY_SAME -> expect("CONTACT_EMERGENCY_SAME", subjectKey, "", "subject_principal");
            case CONTACT_EMAIL_INVALID -> expect("CONTACT_EMAIL_INVALID", subjectKey, "", "subject_principal");
            case EMPTY_SERVICE_LIST -> expect("EMPTY_SERVICE_LIST", subjectKey, "", "");
            default -> { }
        }
        if (defect == Defect.FILING_NO_MALFORMED && n % 2 == 0) {
            expect("FILING_NO_MALFORMED", subjectKey, "", "subject");
        }
        String pendingHolder = null;
        if (defect == Defect.PENDING_HOLDER_CHANGE || defect == Defect.CHANGE_NOT_ALLOWED || defect == Defect.ORDER_OVERDUE) {
            pendingHolder = orders(n, subjectKey, p, defect, holder);
        }
        int services = defect == Defect.EMPTY_SERVICE_LIST ? 0 : 1 + random.nextInt(3);
        for (int s = 1; s <= services; s++) {
            service(n, s, subjectKey, customer, p, holder, pendingHolder, s == 1 ? defect : Defect.NONE);
        }
        if (defect == Defect.EMPTY_SERVICE_LIST && random.nextBoolean()) {
            // a cancelled service does not count as a service of its subject
            rows.get(ExportFile.SERVICES).add(serviceRow(subjectKey + "-1", subjectKey, "网站", "旧站", "", personName(),
                    residentId(n + 3), "长期", mobileIn(0, n), "", "", "", "已注销"));
        }
    }

    private String orders(int n, String subjectNo, Province p, Defect defect, String holder) {
        String orderId = "BA" + (20_260_000_000L + n);
        List<String[]> orderRows = rows.get(ExportFile.ORDERS);
        switch (defect) {
            case ORDER_OVERDUE -> {
                orderRows.add(new String[] {orderId, subjectNo, "变更网站", "管局审核中", "2026-09-01", "", "other", ""});
                expect("ORDER_IN_PROGRESS", subjectNo, "", orderId);
                expect("ORDER_OVERDUE", subjectNo, "", orderId);
                return null;
            }
            case CHANGE_NOT_ALLOWED -> {
                String serviceNo = subjectNo + "-1";
                orderRows.add(new String[] {orderId, subjectNo, "change-website", "初审中", date(RUN_DATE.minusDays(2)), serviceNo, "domain_add", "new-" + n + ".com"});
                orderRows.add(new String[] {orderId, subjectNo, "change-website", "初审中", date(RUN_DATE.minusDays(2)), serviceNo, "domain_delete", "old.com"});
                expect("ORDER_IN_PROGRESS", subjectNo, serviceNo, orderId);
                expect("CHANGE_NOT_ALLOWED", subjectNo, serviceNo, orderId + "/domain_add");
                return null;
            }
            default -> {
                // a rename the province allows (or an organisation in a 'yes' province): the domains are already in the new name
                String newName = holder.replace("有限公司", "股份有限公司");
                boolean allowed = p.orgHolderChange() != cn.icpcheck.filing.HolderChangePolicy.NO;
                orderRows.add(new String[] {orderId, subjectNo, "变更主体", "sms-verification", date(RUN_DATE.minusDays(1)), "", "holder_name", newName});
                expect("ORDER_IN_PROGRESS", subjectNo, "", orderId);
                if (!allowed) {
                    expect("CHANGE_NOT_ALLOWED", subjectNo, "", orderId + "/holder_name");
                }
                return newName;
            }
        }
    }

    private void service(int n, int s, String subjectNo, String customer, Province p, String holder, String pendingHolder,
                         Defect defect) {
        String serviceNo = subjectNo + "-" + s + (s == 3 ? "A" : "");
        boolean website = s != 3;
        if (defect == Defect.FILING_NO_MALFORMED && n % 2 == 1) {
            serviceNo = subjectNo + "-0" + s;
            expect("FILING_NO_MALFORMED", subjectNo, serviceNo, "service");
        }
        String registrant = pendingHolder != null ? pendingHolder : holder;
        List<String> domains = new ArrayList<>();
        if (website && defect != Defect.WEBSITE_WITHOUT_DOMAIN) {
            int count = 1 + random.nextInt(2);
            for (int d = 0; d < count; d++) {
                String name = domainName(n, s, d);
                String matched = DomainName.matchKey(name);
                boolean first = d == 0;
                LocalDate expires = RUN_DATE.plusDays(400 + random.nextInt(800));
                String status = random.nextBoolean() ? "ok" : "clientTransferProhibited";
                String verified = random.nextBoolean() ? "是" : "yes";
                // the registrar writes names its own way: half-width brackets, another middle dot
                String owner = registrant.replace("（", "(").replace("）", ")").replace("・", "·");
                int min = p.minDomainDays() == null ? 90 : p.minDomainDays();
                if (first) {
                    switch (defect) {
                        case DOMAIN_EXPIRED -> { expires = RUN_DATE.minusDays(1 + random.nextInt(30)); expectDomain("DOMAIN_EXPIRED", subjectNo, serviceNo, matched); }
                        case DOMAIN_VALIDITY_SHORT -> { expires = RUN_DATE.plusDays(random.nextInt(min)); expectDomain("DOMAIN_VALIDITY_SHORT", subjectNo, serviceNo, matched); }
                        case DOMAIN_EXPIRING_SOON -> { expires = RUN_DATE.plusDays(min + random.nextInt(30)); expectDomain("DOMAIN_EXPIRING_SOON", subjectNo, serviceNo, matched); }
                        case DOMAIN_SUSPENDED -> { status = random.nextBoolean() ? "serverHold" : "PENDINGDELETE"; expectDomain("DOMAIN_SUSPENDED", subjectNo, serviceNo, matched); }
                        case DOMAIN_NOT_VERIFIED -> { verified = "否"; expectDomain("DOMAIN_NOT_VERIFIED", subjectNo, serviceNo, matched); }
                        case HOLDER_MISMATCH -> { owner = personName() + "某"; expectDomain("HOLDER_MISMATCH", subjectNo, serviceNo, matched); }
                        default -> { }
                    }
                }
                domains.add(name);
                if (first && defect == Defect.DOMAIN_NOT_FOUND) {
                    expectDomain("DOMAIN_NOT_FOUND", subjectNo, serviceNo, matched);
                    continue;
                }
                String registered = random.nextInt(4) == 0 ? matched : name.toUpperCase(java.util.Locale.ROOT);
                rows.get(ExportFile.DOMAINS).add(new String[] {registered, owner, date(expires), "阿里云", status, verified});
            }
            if (random.nextInt(10) == 0) {
                domains.add(domains.get(0).toUpperCase(java.util.Locale.ROOT));
            }
        }
        if (defect == Defect.WEBSITE_WITHOUT_DOMAIN) {
            expect("WEBSITE_WITHOUT_DOMAIN", subjectNo, serviceNo, "");
        }
        List<String> instances = new ArrayList<>();
        if (defect != Defect.NO_ACCESS_INSTANCE) {
            String id = "i-" + Integer.toString(1_000_000 + instanceSeq++, 36);
            String status = random.nextBoolean() ? "运行中" : "stopped";
            String owner = customer;
            if (defect == Defect.INSTANCE_STALE) {
                status = random.nextBoolean() ? "已释放" : "expired";
                expect("INSTANCE_STALE", subjectNo, serviceNo, id);
            } else if (defect == Defect.INSTANCE_OTHER_ACCOUNT) {
                owner = customer + "X";
                expect("INSTANCE_OTHER_ACCOUNT", subjectNo, serviceNo, id);
            }
            rows.get(ExportFile.INSTANCES).add(new String[] {id, owner, status, date(RUN_DATE.plusDays(random.nextInt(700))), "10.0." + (n % 250) + "." + s});
            instances.add(id);
        } else {
            expect("NO_ACCESS_INSTANCE", subjectNo, serviceNo, "");
        }
        String name = (random.nextInt(20) == 0 ? "\"官方\"网站,\n第二行" : TRADE[n % TRADE.length] + (website ? "官网" : "App"));
        rows.get(ExportFile.SERVICES).add(serviceRow(serviceNo, subjectNo, website ? (random.nextBoolean() ? "网站" : "website") : "App",
                name, String.join(random.nextBoolean() ? ";" : "；", domains), personName(), residentId(n + 11 * s), "长期",
                mobileIn(random.nextInt(4), n + s), "", "", String.join(";", instances), random.nextBoolean() ? "正常" : "active"));
    }

    private static String[] serviceRow(String serviceNo, String subjectNo, String type, String name, String domains,
                                       String principal, String certNo, String expiry, String mobile, String emergency,
                                       String email, String instances, String status) {
        return new String[] {serviceNo, subjectNo, type, name, domains, principal, "居民身份证", certNo, expiry, mobile,
                emergency, email, instances, status};
    }

    // ---- rejected rows ----------------------------------------------------------------------

    private void plantRejects() {
        List<String[]> subjects = rows.get(ExportFile.SUBJECTS);
        if (subjects.size() < 3) {
            return;
        }
        String[] good = subjects.get(0);
        reject(ExportFile.SUBJECTS, withCell(good, 2, "火星"), "unknown province");
        reject(ExportFile.SUBJECTS, withCell(good, 0, good[0]), "duplicate key");
        reject(ExportFile.SUBJECTS, withCell(withCell(good, 0, "浙ICP备99999901号"), 17, "2026-02-30"), "unparseable date");
        reject(ExportFile.SUBJECTS, withCell(withCell(good, 0, "浙ICP备99999902号"), 4, "公司"), "unknown value");
        reject(ExportFile.SUBJECTS, withCell(withCell(good, 0, "浙ICP备99999903号"), 3, " "), "missing required value");
        reject(ExportFile.SERVICES, serviceRow("渝ICP备00000000号-1", "渝ICP备00000000号", "网站", "孤儿站", "", "王伟",
                residentId(1), "长期", "13800138000", "", "", "", "正常"), "unknown subject");
        reject(ExportFile.DOMAINS, new String[] {"broken.example.com", "某公司", "2026-11-31", "", "", ""}, "unparseable date");
        reject(ExportFile.INSTANCES, new String[] {"i-broken", "C1", "running"}, "wrong number of fields");
        reject(ExportFile.ORDERS, new String[] {"BA1", good[0], "变更网站", "初审中", "2026-11-01", "", "domain_rename", ""}, "unknown value");
    }

    private void reject(ExportFile file, String[] row, String reason) {
        List<String[]> list = rows.get(file);
        int at = random.nextInt(list.size() + 1);
        if (reason.equals("duplicate key")) {
            at = list.size();
        }
        list.add(at, row);
        plannedRejects.put(row, reason);
    }

    private static String[] withCell(String[] row, int index, String value) {
        String[] copy = row.clone();
        copy[index] = value;
        return copy;
    }

    // ---- writing, with the variations of real exports ----------------------------------------

    private List<String> writeFile(Path dir, ExportFile file, Charset charset) throws IOException {
        List<ExportColumn> columns = file.columns();
        int[] order = new int[columns.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        boolean realistic = form != Form.VARIED;
        // every cell quoted: each file of the QUOTED form, some files of the VARIED one (chosen without
        // drawing from the random numbers, so that a seed still plants what it planted)
        boolean quoteAll = form == Form.QUOTED || form == Form.VARIED && (seed + file.ordinal()) % 3 == 0;
        if (random.nextBoolean() && !realistic) {
            shuffle(order);
        }
        boolean chinese = random.nextBoolean() && !realistic;
        List<String> rejects = new ArrayList<>();
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(dir.resolve(file.fileName())), charset), 1 << 16)) {
            if (charset.equals(StandardCharsets.UTF_8) && random.nextBoolean() && !realistic) {
                writer.write('\uFEFF');
            }
            ICSVWriter csv = new CSVWriterBuilder(writer).withLineEnd(random.nextBoolean() && !realistic ? "\r\n" : "\n").build();
            String[] header = new String[order.length];
            for (int i = 0; i < order.length; i++) {
                ExportColumn c = columns.get(order[i]);
                header[i] = chinese ? c.chineseName() : c.name();
            }
            csv.writeNext(header, false);
            int line = 2;
            for (String[] row : rows.get(file)) {
                if (random.nextInt(500) == 0 && !realistic) {
                    writer.flush();
                    csv.writeNext(new String[] {""}, false);
                    line++;
                }
                String reason = plannedRejects.get(row);
                if (reason != null) {
                    rejects.add(file.fileName() + "|" + line + "|" + reason);
                }
                String[] out = row.length < order.length ? row : new String[order.length];
                for (int i = 0; row.length >= order.length && i < out.length; i++) {
                    out[i] = row[order[i]];
                }
                csv.writeNext(out, quoteAll);
                line += 1 + (int) String.join("", out).chars().filter(ch -> ch == '\n').count();
            }
            csv.flush();
        }
        return rejects;
    }

    // ---- plausible values --------------------------------------------------------------------

    private void expect(String rule, String subjectNo, String serviceNo, String object) {
        expectedFindings.add(rule + "|" + subjectNo + "|" + serviceNo + "|" + object);
    }

    private void expectDomain(String rule, String subjectNo, String serviceNo, String matched) {
        expect(rule, subjectNo, serviceNo, matched);
    }

    private String domainName(int n, int s, int d) {
        return switch ((n + s + d) % 7) {
            case 0 -> TRADE[n % TRADE.length].equals("云栈") ? "云栈" + n + "-" + s + d + ".中国" : "例子" + n + "-" + s + d + ".中国";
            case 1 -> "www.site" + n + "-" + s + d + ".com.cn";
            default -> "site" + n + "-" + s + d + (d == 0 ? ".com" : ".cn");
        };
    }

    private String provinceName(Province p) {
        return switch (random.nextInt(4)) {
            case 0 -> p.abbr();
            case 1 -> p.fullName();
            case 2 -> p.english().toUpperCase(java.util.Locale.ROOT);
            default -> p.name();
        };
    }

    private String personName() {
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        return random.nextInt(30) == 0 ? "阿卜杜拉・" + name : name;
    }

    private String companyName(Province p, int n) {
        String name = p.name() + TRADE[n % TRADE.length] + n + BUSINESS[n % BUSINESS.length] + "有限公司";
        return n % 11 == 0 ? name.replaceFirst("^" + p.name(), "（" + p.name() + "）") : name;
    }

    private static String mobileIn(int form, int n) {
        String m = "13" + (5 + n % 5) + String.format("%08d", (n * 7919L) % 100_000_000L);
        return switch (form) {
            case 1 -> "+86" + m;
            case 2 -> "0086 " + m.substring(0, 3) + "-" + m.substring(3, 7) + "-" + m.substring(7);
            case 3 -> "86" + m;
            default -> m;
        };
    }

    private String date(LocalDate d) {
        if (form != Form.VARIED) {
            return d.toString();
        }
        return switch (d.getDayOfMonth() % 3) {
            case 0 -> d.toString();
            case 1 -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
            default -> d.format(DateTimeFormatter.BASIC_ISO_DATE);
        };
    }

    static String residentId(int n) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n % 15000);
        String first17 = String.format("%06d", 110101 + n % 800) + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", n % 1000);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        String id = first17 + "10X98765432".charAt(sum % 11);
        return id.endsWith("X") && n % 2 == 0 ? id.substring(0, 17) + "x" : id;
    }

    private static String breakCheckDigit(String id) {
        char last = Character.toUpperCase(id.charAt(17));
        char other = last == '0' ? '1' : '0';
        return id.substring(0, 17) + other;
    }

    static String creditCode(int n) {
        String first17 = "913" + String.format("%05d", 30100 + n % 60000) + "MA" + String.format("%07d", n % 10_000_000);
        int[] w = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_CHARS.indexOf(first17.charAt(i)) * w[i];
        }
        return first17 + USCC_CHARS.charAt((31 - sum % 31) % 31);
    }

    private void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * Writes an export: {@code SyntheticExport DIR SUBJECTS [SEED] [VARIED|REALISTIC|QUOTED] [DEFECT_RATE]};
     * the rate of planted defects is 0.2 for the realistic forms and 0.1 for the varied one unless given.
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int subjects = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Form form = args.length > 3 ? Form.valueOf(args[3]) : Form.VARIED;
        double defectRate = args.length > 4 ? Double.parseDouble(args[4]) : form.defectRate();
        Expectations e = write(dir, subjects, seed, defectRate, StandardCharsets.UTF_8,
                ProvinceTable.load(Path.of("jobs/provinces.csv")), form);
        System.out.println("wrote " + e.dataRows() + " rows to " + dir + "; " + e.findings().size() + " findings and "
                + e.rejects().size() + " rejects expected");
    }
}
