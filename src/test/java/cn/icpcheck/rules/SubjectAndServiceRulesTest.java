package cn.icpcheck.rules;

import cn.icpcheck.filing.ExportDates;
import cn.icpcheck.filing.HolderType;
import cn.icpcheck.filing.InstanceStatus;
import cn.icpcheck.filing.Person;
import cn.icpcheck.filing.RegistrationStatus;
import cn.icpcheck.filing.Service;
import cn.icpcheck.filing.ServiceStatus;
import cn.icpcheck.filing.ServiceType;
import cn.icpcheck.filing.Subject;
import cn.icpcheck.filing.SubjectStatus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static cn.icpcheck.rules.RuleTestKit.RUN_DATE;
import static cn.icpcheck.rules.RuleTestKit.domain;
import static cn.icpcheck.rules.RuleTestKit.instance;
import static cn.icpcheck.rules.RuleTestKit.of;
import static cn.icpcheck.rules.RuleTestKit.person;
import static cn.icpcheck.rules.RuleTestKit.subject;
import static cn.icpcheck.rules.RuleTestKit.website;
import static org.assertj.core.api.Assertions.assertThat;

class SubjectAndServiceRulesTest {

    private final RuleTestKit kit = new RuleTestKit();

    private void live(String... domains) {
        for (String d : domains) {
            kit.domains.register(domain(d, RUN_DATE.plusDays(400)));
        }
        kit.instances.register(instance("i-1", "C001", InstanceStatus.RUNNING));
    }

    @Test
    void aCleanFilingHasNoFinding() {
        live("example.com");
        assertThat(kit.check(subject(), website(subject(), "example.com"))).isEmpty();
    }

    @Test
    void cancelledSubjectsAreNotChecked() {
        Subject s = subject();
        Subject cancelled = new Subject(s.subjectNo(), s.customerId(), s.province(), s.holderName(), s.holderType(),
                "户口簿", "bad", RegistrationStatus.DEREGISTERED, null, person(), SubjectStatus.CANCELLED, null);
        assertThat(kit.check(cancelled, website(cancelled, "missing.com"))).isEmpty();
    }

    @Test
    void aSubjectWithOnlyCancelledServicesIsAnEmptyShell() {
        live();
        Service gone = withStatus(website(subject(), "example.com"), ServiceStatus.ACCESS_CANCELLED);
        List<Finding> f = kit.check(subject(), gone);
        assertThat(f).extracting(Finding::rule).containsExactly(RuleCode.EMPTY_SERVICE_LIST);
        assertThat(f.get(0).serviceNo()).isEmpty();
        assertThat(f.get(0).object()).isEmpty();
    }

    @Test
    void aWebsiteWithoutDomainIsFlaggedButAnAppIsNot() {
        live();
        Subject s = subject();
        Service app = new Service(s.subjectNo() + "-2A", s.subjectNo(), ServiceType.APP, "App", List.of(), person(),
                List.of("i-1"), ServiceStatus.ACTIVE);
        List<Finding> f = kit.check(List.of(s), List.of(website(s), app));
        assertThat(f).extracting(Finding::rule, Finding::serviceNo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleCode.WEBSITE_WITHOUT_DOMAIN, s.subjectNo() + "-1"));
    }

    @ParameterizedTest(name = "expiry in {0} days → {1}")
    @CsvSource({"-1,ID_EXPIRED", "0,ID_EXPIRING", "59,ID_EXPIRING", "60,"})
    void principalCertificatesExpireAndWarnAtTheirBoundaries(int days, RuleCode expected) {
        live("example.com");
        Service service = withPrincipal(website(subject(), "example.com"), expiring(RUN_DATE.plusDays(days)));
        List<Finding> f = kit.check(subject(), service);
        assertThat(f).extracting(Finding::rule).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
        f.forEach(x -> {
            assertThat(x.object()).isEqualTo("service_principal");
            assertThat(x.deadline()).isEqualTo(RUN_DATE.plusDays(days));
            assertThat(x.serviceNo()).isEqualTo(service.serviceNo());
        });
    }

    @Test
    void longTermCertificatesNeverExpire() {
        live("example.com");
        assertThat(kit.check(subject(), withPrincipal(website(subject(), "example.com"), expiring(ExportDates.LONG_TERM)))).isEmpty();
    }

    @Test
    void householdRegistersAndTemporaryIdsAreNotAccepted() {
        live("example.com");
        Subject s = subject();
        Subject withHouseholdRegister = new Subject(s.subjectNo(), s.customerId(), s.province(), s.holderName(),
                HolderType.INDIVIDUAL, "household-register", "110105194912310021", null, null,
                new Person("王小明", "临时居民身份证", "110105194912310021", null, "13800138000", null, null),
                SubjectStatus.ACTIVE, null);
        List<Finding> f = kit.check(withHouseholdRegister, website(withHouseholdRegister, "example.com"));
        assertThat(of(RuleCode.ID_TYPE_NOT_ACCEPTED, f)).containsExactly("holder@", "subject_principal@");
    }

    @ParameterizedTest
    @CsvSource({"居民身份证,110105491231002,1", "居民身份证,11010519491231002x,0", "resident-id,110105194912310021,1",
            "营业执照,330100000012345,1", "uscc-certificate,91350100m000100y43,0", "统一社会信用代码证书,91350100M000100Y44,1",
            "护照,E12345678,0", "其他,whatever,0"})
    void idNumbersAreCheckedForResidentIdsAndCreditCodesOnly(String type, String number, int count) {
        live("example.com");
        Person p = new Person("王小明", type, number, null, "13800138000", null, null);
        List<Finding> f = kit.check(subject(), withPrincipal(website(subject(), "example.com"), p));
        assertThat(of(RuleCode.ID_NUMBER_INVALID, f)).hasSize(count);
        f.forEach(x -> assertThat(x.detail()).doesNotContain(number.toUpperCase()).doesNotContain(number));
    }

    @Test
    void fifteenDigitNumbersSayWhyTheyAreInvalid() {
        live("example.com");
        Person firstGeneration = new Person("王小明", "居民身份证", "110105491231002", null, "13800138000", null, null);
        Finding f = kit.check(subject(), withPrincipal(website(subject(), "example.com"), firstGeneration)).get(0);
        assertThat(f.detail()).contains("15位一代身份证");
    }

    @ParameterizedTest
    @CsvSource(value = {"DEREGISTERED,1", "REVOKED,1", "ACTIVE,0", "OPERATING,0", "null,0"}, nullValues = "null")
    void deregisteredOrRevokedHoldersAreCritical(RegistrationStatus status, int count) {
        live("example.com");
        Subject s = subject();
        Subject subject = new Subject(s.subjectNo(), s.customerId(), s.province(), s.holderName(), s.holderType(),
                s.holderCertType(), s.holderCertNo(), status, null, s.principal(), s.status(), null);
        List<Finding> f = kit.check(subject, website(subject, "example.com"));
        assertThat(of(RuleCode.HOLDER_DEREGISTERED, f)).hasSize(count);
        f.forEach(x -> assertThat(x.severity()).isEqualTo(Severity.CRITICAL));
    }

    @Test
    void accessRulesLookAtEveryInstanceOnce() {
        live("example.com");
        kit.instances.register(instance("i-released", "C001", InstanceStatus.RELEASED));
        kit.instances.register(instance("i-expired", "C001", InstanceStatus.EXPIRED));
        kit.instances.register(instance("i-stopped", "C001", InstanceStatus.STOPPED));
        kit.instances.register(instance("i-other", "C999", InstanceStatus.RUNNING));
        Service s = withInstances(website(subject(), "example.com"),
                "i-1", "i-released", "i-expired", "i-stopped", "i-other", "i-unknown", "i-unknown");
        List<Finding> f = kit.check(subject(), s);
        assertThat(of(RuleCode.INSTANCE_STALE, f)).containsExactlyInAnyOrder("i-released@", "i-expired@", "i-unknown@");
        assertThat(of(RuleCode.INSTANCE_OTHER_ACCOUNT, f)).containsExactly("i-other@");
        assertThat(of(RuleCode.NO_ACCESS_INSTANCE, kit.check(subject(), withInstances(website(subject(), "example.com"))))).hasSize(1);
    }

    @Test
    void anEmailIsWellFormedExactlyWhenRulesMdsPatternMatchesIt() {
        Pattern definition = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
        String[] pieces = {"a", "Z", "@", ".", " ", "\t", "\n", "\u000B", "\f", "\r", "\u0085", "\u3000", "\u00A0",
                "\u2028", "\uD83D\uDE00", "\uD83D", "中", "-", "\u001C"};
        Random random = new Random(17);
        int wellFormed = 0;
        for (int i = 0; i < 300_000; i++) {
            StringBuilder email = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) {
                email.append(pieces[random.nextInt(pieces.length)]);
            }
            if (random.nextBoolean()) {
                email.insert(0, "ab@c.d".substring(0, random.nextInt(7)));
            }
            String e = email.toString();
            boolean expected = definition.matcher(e).matches();
            assertThat(ContactEmailInvalidRule.wellFormed(e)).as(e).isEqualTo(expected);
            wellFormed += expected ? 1 : 0;
        }
        assertThat(wellFormed).isGreaterThan(1_000);
    }

    @ParameterizedTest
    @CsvSource(value = {"13800138000|||0|0|0", "+86 138-0013-8000|8613800138000||0|1|0", "0086 13800138000|||0|0|0",
            "12800138000|||1|0|0", "1380013800|||1|0|0", "13800138000|13900139000|a@b|0|0|1",
            "13800138000||a.b@c.cn|0|0|0", "13800138000||a b@c.cn|0|0|1", "13800138000||a@@c.cn|0|0|1"},
            delimiter = '|')
    void contactRules(String mobile, String emergency, String email, int invalid, int same, int badEmail) {
        live("example.com");
        Person p = new Person("王小明", "居民身份证", RuleTestKit.VALID_ID, null, mobile, emergency, email);
        List<Finding> f = kit.check(subject(), withPrincipal(website(subject(), "example.com"), p));
        assertThat(of(RuleCode.CONTACT_MOBILE_INVALID, f)).hasSize(invalid);
        assertThat(of(RuleCode.CONTACT_EMERGENCY_SAME, f)).hasSize(same);
        assertThat(of(RuleCode.CONTACT_EMAIL_INVALID, f)).hasSize(badEmail);
        f.forEach(x -> assertThat(x.detail()).doesNotContain("13800138000"));
    }

    @ParameterizedTest
    @CsvSource({"浙江,浙ICP备12345678号,0", "浙江,浙ICP备123456号,0", "浙江,浙ICP备1234567890号,0", "浙江,浙ICP备12345号,1",
            "浙江,浙ICP备12345678901号,1", "浙江,京ICP备12345678号,1", "浙江,浙ICP备12345678,1", "四川,川ICP备12345678号,0",
            "四川,蜀ICP备12345678号,0", "贵州,贵ICP备12345678号,1", "贵,黔ICP备12345678号,0", "甘肃,陇ICP备12345678号,0"})
    void subjectFilingNumbers(String province, String subjectNo, int count) {
        live();
        Subject s = RuleTestKit.subjectIn(province, subjectNo);
        List<Finding> f = kit.check(s, withInstances(website(s, "example.com"), "i-1"));
        assertThat(of(RuleCode.FILING_NO_MALFORMED, f).stream().filter(o -> o.startsWith("subject"))).hasSize(count);
    }

    @ParameterizedTest
    @CsvSource({"-1,WEBSITE,0", "-12,WEBSITE,0", "-0,WEBSITE,1", "-01,WEBSITE,1", "-1A,WEBSITE,1", "-2A,APP,0",
            "-2,APP,1", "-3X,MINI_PROGRAM,0", "-4K,QUICK_APP,0", "-4X,QUICK_APP,1", "1,WEBSITE,1", ",WEBSITE,1"})
    void serviceFilingNumbers(String suffix, ServiceType type, int count) {
        live("example.com");
        Subject s = subject();
        String no = suffix == null ? s.subjectNo() : s.subjectNo() + suffix;
        Service service = new Service(no, s.subjectNo(), type, "服务", List.of("example.com"), person(), List.of("i-1"),
                ServiceStatus.ACTIVE);
        List<Finding> f = kit.check(s, service);
        assertThat(of(RuleCode.FILING_NO_MALFORMED, f)).containsExactlyElementsOf(count == 0 ? List.of() : List.of("service@"));
    }

    @Test
    void aRuleSwitchedOffIsSkippedAndSeveritiesCanBeOverridden() {
        kit.settings = new CheckSettings(30, 60, 20, 90, java.util.Map.of(RuleCode.DOMAIN_NOT_FOUND, Severity.CRITICAL),
                java.util.Set.of(RuleCode.NO_ACCESS_INSTANCE));
        List<Finding> f = kit.check(subject(), withInstances(website(subject(), "missing.com")));
        assertThat(f).extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleCode.DOMAIN_NOT_FOUND, Severity.CRITICAL));
        assertThat(RuleTestKit.registry().select(kit.settings, java.util.EnumSet.of(cn.icpcheck.input.ExportFile.SUBJECTS))
                .skipped()).extracting(SkippedRule::rule, SkippedRule::reason).contains(
                org.assertj.core.groups.Tuple.tuple(RuleCode.NO_ACCESS_INSTANCE, "switched off in the job configuration"),
                org.assertj.core.groups.Tuple.tuple(RuleCode.ORDER_OVERDUE, "orders.csv not given"));
    }

    private static Person expiring(LocalDate expiry) {
        Person p = person();
        return new Person(p.name(), p.certType(), p.certNo(), expiry, p.mobile(), p.emergencyMobile(), p.email());
    }

    private static Service withPrincipal(Service s, Person p) {
        return new Service(s.serviceNo(), s.subjectNo(), s.type(), s.name(), s.domains(), p, s.instanceIds(), s.status());
    }

    private static Service withInstances(Service s, String... ids) {
        return new Service(s.serviceNo(), s.subjectNo(), s.type(), s.name(), s.domains(), s.principal(), List.of(ids), s.status());
    }

    private static Service withStatus(Service s, ServiceStatus status) {
        return new Service(s.serviceNo(), s.subjectNo(), s.type(), s.name(), s.domains(), s.principal(), s.instanceIds(), status);
    }
}
