package cn.icpcheck.rules;

import java.util.List;

/** The rules one run applies, sorted by what they look at, and the rules it skips. */
public final class RuleSet {

    private final List<Rule.OfSubject> subjectRules;
    private final List<Rule.OfSubjectServices> subjectServicesRules;
    private final List<Rule.OfService> serviceRules;
    private final List<Rule.OfUnregisteredDomain> unregisteredDomainRules;
    private final List<Rule.OfRegisteredDomain> registeredDomainRules;
    private final List<Rule.OfAccess> accessRules;
    private final List<Rule.OfIdentity> identityRules;
    private final List<Rule.OfContact> contactRules;
    private final List<Rule.OfOrder> orderRules;
    private final List<SkippedRule> skipped;

    RuleSet(List<Rule> active, List<SkippedRule> skipped) {
        this.subjectRules = only(active, Rule.OfSubject.class);
        this.subjectServicesRules = only(active, Rule.OfSubjectServices.class);
        this.serviceRules = only(active, Rule.OfService.class);
        this.unregisteredDomainRules = only(active, Rule.OfUnregisteredDomain.class);
        this.registeredDomainRules = only(active, Rule.OfRegisteredDomain.class);
        this.accessRules = only(active, Rule.OfAccess.class);
        this.identityRules = only(active, Rule.OfIdentity.class);
        this.contactRules = only(active, Rule.OfContact.class);
        this.orderRules = only(active, Rule.OfOrder.class);
        this.skipped = List.copyOf(skipped);
    }

    private static <R> List<R> only(List<Rule> rules, Class<R> kind) {
        return rules.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public List<Rule.OfSubject> subjectRules() {
        return subjectRules;
    }

    public List<Rule.OfSubjectServices> subjectServicesRules() {
        return subjectServicesRules;
    }

    public List<Rule.OfService> serviceRules() {
        return serviceRules;
    }

    public List<Rule.OfUnregisteredDomain> unregisteredDomainRules() {
        return unregisteredDomainRules;
    }

    public List<Rule.OfRegisteredDomain> registeredDomainRules() {
        return registeredDomainRules;
    }

    public List<Rule.OfAccess> accessRules() {
        return accessRules;
    }

    public List<Rule.OfIdentity> identityRules() {
        return identityRules;
    }

    public List<Rule.OfContact> contactRules() {
        return contactRules;
    }

    public List<Rule.OfOrder> orderRules() {
        return orderRules;
    }

    public List<SkippedRule> skipped() {
        return skipped;
    }
}
