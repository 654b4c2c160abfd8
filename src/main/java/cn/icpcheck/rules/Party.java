package cn.icpcheck.rules;

import cn.icpcheck.filing.Person;
import cn.icpcheck.filing.Service;
import cn.icpcheck.filing.Subject;
import cn.icpcheck.filing.SubjectSummary;

import java.time.LocalDate;

/**
 * A holder or principal of an active filing, as the identity and contact rules see it.
 *
 * @param service null unless the role is {@link Role#SERVICE_PRINCIPAL}
 * @param contact the principal's contact details; null for the holder, who has none
 */
public record Party(Role role, SubjectSummary subject, Service service, String certType, String certNo,
                    LocalDate certExpiry, Person contact) {

    /** Starts a finding about this party: its service, if any, and its role as the object. */
    public RuleContext.Flag flag(RuleCode rule, RuleContext ctx) {
        return ctx.flag(rule, subject).service(service).object(role.code());
    }

    public static Party holder(Subject subject) {
        return new Party(Role.HOLDER, subject, null, subject.holderCertType(), subject.holderCertNo(), null, null);
    }

    public static Party subjectPrincipal(Subject subject) {
        Person p = subject.principal();
        return new Party(Role.SUBJECT_PRINCIPAL, subject, null, p.certType(), p.certNo(), p.certExpiry(), p);
    }

    public static Party servicePrincipal(SubjectSummary subject, Service service) {
        Person p = service.principal();
        return new Party(Role.SERVICE_PRINCIPAL, subject, service, p.certType(), p.certNo(), p.certExpiry(), p);
    }
}
