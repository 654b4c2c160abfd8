package cn.icpcheck.rules;

import cn.icpcheck.filing.CloudInstance;
import cn.icpcheck.filing.FilingOrder;
import cn.icpcheck.filing.OrderBook;
import cn.icpcheck.filing.RegisteredDomain;
import cn.icpcheck.filing.Service;
import cn.icpcheck.filing.Subject;
import cn.icpcheck.filing.SubjectSummary;
import cn.icpcheck.filing.SubjectRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Applies a run's rules to what was read, in the scope rules.md gives: only active subjects, only
 * active services of active subjects, each distinct domain of an active website and each distinct
 * instance of an active service once.
 */
public final class FilingChecker {

    private final RuleSet rules;
    private final RuleContext ctx;

    public FilingChecker(RuleSet rules, RuleContext ctx) {
        this.rules = rules;
        this.ctx = ctx;
    }

    public void checkSubject(Subject subject) {
        if (!subject.active()) {
            return;
        }
        for (Rule.OfSubject rule : rules.subjectRules()) {
            rule.check(subject, ctx);
        }
        checkIdentity(Party.holder(subject));
        checkPrincipal(Party.subjectPrincipal(subject));
    }

    public void checkService(Service service, SubjectSummary subject) {
        if (!service.active() || !subject.active()) {
            return;
        }
        for (Rule.OfService rule : rules.serviceRules()) {
            rule.check(service, subject, ctx);
        }
        if (service.website()) {
            checkDomains(service, subject);
        }
        checkAccess(service, subject);
        checkPrincipal(Party.servicePrincipal(subject, service));
    }

    /** Checks every order of an active subject, once all orders are read. */
    public void checkOrders(OrderBook orders, SubjectRegistry subjects) {
        for (FilingOrder order : orders.all()) {
            SubjectSummary subject = subjects.find(order.subjectNo());
            if (subject == null || !subject.active()) {
                continue;
            }
            for (Rule.OfOrder rule : rules.orderRules()) {
                rule.check(order, subject, ctx);
            }
        }
    }

    /** Checks every active subject against its services, once all services are read. */
    public void checkSubjectsAfterServices(SubjectRegistry subjects) {
        for (SubjectSummary subject : subjects.all()) {
            if (subject.active()) {
                for (Rule.OfSubjectServices rule : rules.subjectServicesRules()) {
                    rule.check(subject, subjects.hasActiveService(subject), ctx);
                }
            }
        }
    }

    /** Each distinct domain once; a domain without registration gets only the not-found rule. */
    private void checkDomains(Service website, SubjectSummary subject) {
        for (String name : distinct(website.domains(), ctx.domains()::matchKey)) {
            RegisteredDomain registration = ctx.domains().find(name);
            WebsiteDomain d = new WebsiteDomain(subject, website, name);
            if (registration == null) {
                for (Rule.OfUnregisteredDomain rule : rules.unregisteredDomainRules()) {
                    rule.check(d, ctx);
                }
            } else {
                for (Rule.OfRegisteredDomain rule : rules.registeredDomainRules()) {
                    rule.check(d, registration, ctx);
                }
            }
        }
    }

    /** Each distinct instance id once, looked up once for all the access rules. */
    private void checkAccess(Service service, SubjectSummary subject) {
        if (rules.accessRules().isEmpty()) {
            return;
        }
        for (String id : distinct(service.instanceIds(), UnaryOperator.identity())) {
            CloudInstance instance = ctx.instances().find(id);
            ServiceAccess access = new ServiceAccess(subject, service, id);
            for (Rule.OfAccess rule : rules.accessRules()) {
                rule.check(access, instance, ctx);
            }
        }
    }

    /** The distinct keys of a list's items, in the order they first appear (a list: a service names a handful). */
    private static List<String> distinct(List<String> items, UnaryOperator<String> key) {
        if (items.size() == 1) {
            // the usual service: one domain, one instance
            return List.of(key.apply(items.get(0)));
        }
        List<String> keys = new ArrayList<>(items.size());
        for (String item : items) {
            String k = key.apply(item);
            if (!keys.contains(k)) {
                keys.add(k);
            }
        }
        return keys;
    }

    private void checkPrincipal(Party principal) {
        checkIdentity(principal);
        for (Rule.OfContact rule : rules.contactRules()) {
            rule.check(principal, ctx);
        }
    }

    private void checkIdentity(Party party) {
        for (Rule.OfIdentity rule : rules.identityRules()) {
            rule.check(party, ctx);
        }
    }
}
