package cn.icpcheck.rules;

/** A check of rules.md. Each rule class decides one code; see the sub-interfaces for what it looks at. */
public interface Rule {

    RuleCode code();

    /** Looks at an active subject, as it is read. */
    interface OfSubject extends Rule {
        void check(cn.icpcheck.filing.Subject subject, RuleContext ctx);
    }

    /** Looks at an active subject once all services are read. */
    interface OfSubjectServices extends Rule {
        void check(cn.icpcheck.filing.SubjectSummary subject, boolean hasActiveService, RuleContext ctx);
    }

    /** Looks at an active service of an active subject. */
    interface OfService extends Rule {
        void check(cn.icpcheck.filing.Service service, cn.icpcheck.filing.SubjectSummary subject, RuleContext ctx);
    }

    /** Looks at each distinct domain of an active website that domains.csv does not have. */
    interface OfUnregisteredDomain extends Rule {
        void check(WebsiteDomain domain, RuleContext ctx);
    }

    /** Looks at each distinct domain of an active website, with its row of domains.csv. */
    interface OfRegisteredDomain extends Rule {
        void check(WebsiteDomain domain, cn.icpcheck.filing.RegisteredDomain registration, RuleContext ctx);
    }

    /** Looks at each distinct instance id of an active service, with its row of instances.csv (null when it has none). */
    interface OfAccess extends Rule {
        void check(ServiceAccess access, cn.icpcheck.filing.CloudInstance instance, RuleContext ctx);
    }

    /** Looks at the certificate of a holder or principal. */
    interface OfIdentity extends Rule {
        void check(Party party, RuleContext ctx);
    }

    /** Looks at the contact details of a principal. */
    interface OfContact extends Rule {
        void check(Party principal, RuleContext ctx);
    }

    /** Looks at an order of an active subject. */
    interface OfOrder extends Rule {
        void check(cn.icpcheck.filing.FilingOrder order, cn.icpcheck.filing.SubjectSummary subject, RuleContext ctx);
    }
}
