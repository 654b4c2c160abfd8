package cn.icpcheck.rules;

import cn.icpcheck.filing.ChangedField;
import cn.icpcheck.filing.CloudInstance;
import cn.icpcheck.filing.DomainName;
import cn.icpcheck.filing.DomainRegistry;
import cn.icpcheck.filing.HolderType;
import cn.icpcheck.filing.InstanceInventory;
import cn.icpcheck.filing.InstanceStatus;
import cn.icpcheck.filing.OrderBook;
import cn.icpcheck.filing.OrderLine;
import cn.icpcheck.filing.OrderStatus;
import cn.icpcheck.filing.OrderType;
import cn.icpcheck.filing.Person;
import cn.icpcheck.filing.ProvinceTable;
import cn.icpcheck.filing.RealNameVerified;
import cn.icpcheck.filing.RegisteredDomain;
import cn.icpcheck.filing.RegistrationStatus;
import cn.icpcheck.filing.Service;
import cn.icpcheck.filing.ServiceStatus;
import cn.icpcheck.filing.ServiceType;
import cn.icpcheck.filing.Subject;
import cn.icpcheck.filing.SubjectRegistry;
import cn.icpcheck.filing.SubjectStatus;
import cn.icpcheck.input.ExportFile;

import org.springframework.context.support.ResourceBundleMessageSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * A run in miniature for rule tests: valid defaults for every record (so a test changes only what
 * it is about), the real province table and holiday calendar, and all rules through the real
 * {@link FilingChecker}.
 */
final class RuleTestKit {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);
    static final ProvinceTable PROVINCES = ProvinceTable.load(Path.of("jobs/provinces.csv"));
    static final WorkingCalendar CALENDAR = WorkingCalendar.load(Path.of("jobs/holidays.csv"));
    static final String VALID_ID = "11010519491231002X";
    static final String VALID_USCC = "91350100M000100Y43";

    final DomainRegistry domains = new DomainRegistry();
    final InstanceInventory instances = new InstanceInventory();
    final SubjectRegistry subjects = new SubjectRegistry();
    final OrderBook orders = new OrderBook();
    final FindingCollector findings = new FindingCollector();
    CheckSettings settings = CheckSettings.defaults();

    static Person person() {
        return new Person("王小明", "居民身份证", VALID_ID, LocalDate.of(2035, 1, 1), "13800138000", null, "wang@example.com");
    }

    static Subject subject() {
        return new Subject("浙ICP备12345678号", "C001", PROVINCES.find("浙江").orElseThrow(), "杭州云栈科技有限公司",
                HolderType.ENTERPRISE, "营业执照", VALID_USCC, RegistrationStatus.ACTIVE, "王小明", person(),
                SubjectStatus.ACTIVE, LocalDate.of(2020, 1, 1));
    }

    static Subject subjectIn(String province, String subjectNo) {
        Subject s = subject();
        return new Subject(subjectNo, s.customerId(), PROVINCES.find(province).orElseThrow(), s.holderName(),
                s.holderType(), s.holderCertType(), s.holderCertNo(), s.registrationStatus(), s.legalRepName(),
                s.principal(), s.status(), s.approvedOn());
    }

    static Service website(Subject subject, String... domains) {
        return new Service(subject.subjectNo() + "-1", subject.subjectNo(), ServiceType.WEBSITE, "云栈官网",
                List.of(domains), person(), List.of("i-1"), ServiceStatus.ACTIVE);
    }

    static RegisteredDomain domain(String name, LocalDate expiresOn) {
        return new RegisteredDomain(DomainName.matchKey(name), "杭州云栈科技有限公司", expiresOn, "ok",
                RealNameVerified.YES);
    }

    static CloudInstance instance(String id, String customer, InstanceStatus status) {
        return new CloudInstance(id, customer, status);
    }

    static OrderLine order(String id, Subject subject, OrderStatus status, LocalDate submitted, ChangedField field,
                           String newValue) {
        return new OrderLine(id, subject.subjectNo(), OrderType.CHANGE_SUBJECT, status, submitted, null, field, newValue);
    }

    /** Registers the subject and its services and orders, runs every rule, returns the findings. */
    List<Finding> check(Subject subject, Service... services) {
        return check(List.of(subject), List.of(services));
    }

    List<Finding> check(List<Subject> subjectList, List<Service> services) {
        RuleSet rules = registry().select(settings, EnumSet.allOf(ExportFile.class));
        RuleContext ctx = new RuleContext(RUN_DATE, settings, CALENDAR, domains, instances, orders, messages(), findings);
        FilingChecker checker = new FilingChecker(rules, ctx);
        subjectList.forEach(subjects::register);
        subjectList.forEach(checker::checkSubject);
        checker.checkOrders(orders, subjects);
        for (Service service : services) {
            subjects.registerService(service);
            checker.checkService(service, subjects.find(service.subjectNo()));
        }
        checker.checkSubjectsAfterServices(subjects);
        return findings.sorted();
    }

    /** The findings of one rule as {@code object@deadline} strings. */
    static List<String> of(RuleCode rule, List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.rule() == rule) {
                out.add(f.object() + "@" + (f.deadline() == null ? "" : f.deadline()));
            }
        }
        return out;
    }

    static RuleRegistry registry() {
        return new RuleRegistry(Arrays.asList(new DomainNotFoundRule(), new DomainExpiredRule(),
                new DomainValidityShortRule(), new DomainExpiringSoonRule(), new DomainSuspendedRule(),
                new DomainNotVerifiedRule(), new HolderMismatchRule(), new EmptyServiceListRule(),
                new WebsiteWithoutDomainRule(), new IdExpiredRule(), new IdExpiringRule(), new IdTypeNotAcceptedRule(),
                new IdNumberInvalidRule(), new HolderDeregisteredRule(), new NoAccessInstanceRule(),
                new InstanceStaleRule(), new InstanceOtherAccountRule(), new OrderInProgressRule(),
                new OrderOverdueRule(), new ChangeNotAllowedRule(), new ContactMobileInvalidRule(),
                new ContactEmergencySameRule(), new ContactEmailInvalidRule(), new FilingNoMalformedRule()));
    }

    static Messages messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Messages(source, Locale.CHINESE);
    }
}
