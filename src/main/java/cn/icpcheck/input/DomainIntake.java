package cn.icpcheck.input;

import cn.icpcheck.filing.DomainName;
import cn.icpcheck.filing.DomainRegistry;
import cn.icpcheck.filing.RealNameVerified;
import cn.icpcheck.filing.RegisteredDomain;

/** domains.csv: validates a row, rejects a domain whose matched name is already registered. */
public final class DomainIntake implements RowIntake<RegisteredDomain> {

    private final DomainRegistry domains;

    public DomainIntake(DomainRegistry domains) {
        this.domains = domains;
    }

    @Override
    public RegisteredDomain accept(RowFields f) throws RowRejectedException {
        String raw = f.required("domain");
        RegisteredDomain domain = new RegisteredDomain(DomainName.matchKey(raw), f.required("registrant_name"),
                f.requiredDate("expires_on"), f.optional("status"),
                f.optionalWord("real_name_verified", RealNameVerified.class));
        if (!domains.register(domain, raw)) {
            throw f.rejection("domain", raw, RejectReason.DUPLICATE_KEY);
        }
        return domain;
    }

    @Override
    public void expect(long rowsSoFar, long rowsInAll) {
        domains.expect(rowsSoFar, rowsInAll);
    }
}
