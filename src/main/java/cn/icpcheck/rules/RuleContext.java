package cn.icpcheck.rules;

import cn.icpcheck.filing.DomainRegistry;
import cn.icpcheck.filing.InstanceInventory;
import cn.icpcheck.filing.OrderBook;
import cn.icpcheck.filing.Province;
import cn.icpcheck.filing.Service;
import cn.icpcheck.filing.SubjectSummary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** What a rule may consult while it checks, and where it reports what it finds. */
public final class RuleContext {

    private final LocalDate runDate;
    private final CheckSettings settings;
    private final WorkingCalendar calendar;
    private final DomainRegistry domains;
    private final InstanceInventory instances;
    private final OrderBook orders;
    private final Messages messages;
    private final FindingCollector findings;

    public RuleContext(LocalDate runDate, CheckSettings settings, WorkingCalendar calendar, DomainRegistry domains,
                       InstanceInventory instances, OrderBook orders, Messages messages, FindingCollector findings) {
        this.runDate = runDate;
        this.settings = settings;
        this.calendar = calendar;
        this.domains = domains;
        this.instances = instances;
        this.orders = orders;
        this.messages = messages;
        this.findings = findings;
    }

    public LocalDate runDate() {
        return runDate;
    }

    public CheckSettings settings() {
        return settings;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public DomainRegistry domains() {
        return domains;
    }

    public InstanceInventory instances() {
        return instances;
    }

    public OrderBook orders() {
        return orders;
    }

    public Messages messages() {
        return messages;
    }

    /** The name of a role in the run's language, for details. */
    public String label(Role role) {
        return messages.get("role." + role.code());
    }

    /** A province's name in the run's language, for details. */
    public String name(Province province) {
        return messages.locale().getLanguage().equals("en") ? province.english() : province.name();
    }

    /** {@code days_left(d) = d − run_date} in calendar days. */
    public long daysLeft(LocalDate date) {
        return ChronoUnit.DAYS.between(runDate, date);
    }

    /** {@code min_days(P)}: the province's minimum remaining domain validity, or the default. */
    public int minDomainDays(Province province) {
        Integer days = province.minDomainDays();
        return days == null ? settings.defaultMinDomainDays() : days;
    }

    /** Starts a finding of a rule about a subject (and, with {@link Flag#service}, one of its services). */
    public Flag flag(RuleCode rule, SubjectSummary subject) {
        return new Flag(rule, subject);
    }

    /** A finding being built; {@link #report} adds it to the run. */
    public final class Flag {
        private final RuleCode rule;
        private final SubjectSummary subject;
        private String serviceNo = "";
        private String serviceName = "";
        private String object = "";
        private LocalDate deadline;

        private Flag(RuleCode rule, SubjectSummary subject) {
            this.rule = rule;
            this.subject = subject;
        }

        public Flag service(Service service) {
            if (service != null) {
                this.serviceNo = service.serviceNo();
                this.serviceName = service.name();
            }
            return this;
        }

        public Flag serviceNo(String serviceNo) {
            this.serviceNo = serviceNo == null ? "" : serviceNo;
            return this;
        }

        public Flag object(String object) {
            this.object = object;
            return this;
        }

        public Flag deadline(LocalDate deadline) {
            this.deadline = deadline;
            return this;
        }

        /**
         * Reports the finding, its detail the message {@code detail.<RULE>[.<variant>]} with these
         * arguments (shown as text, so dates stay ISO and numbers ungrouped).
         */
        public void report(String variant, Object... args) {
            String key = "detail." + rule.name() + (variant == null ? "" : "." + variant);
            Object[] texts = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                texts[i] = String.valueOf(args[i]);
            }
            findings.add(new Finding(rule, settings.severityOf(rule), subject.customerId(), subject.province().abbr(),
                    subject.subjectNo(), serviceNo, object, deadline, messages.get(key, texts),
                    subject.holderName(), serviceName));
        }
    }
}
