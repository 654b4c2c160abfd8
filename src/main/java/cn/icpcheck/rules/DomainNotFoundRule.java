package cn.icpcheck.rules;

import org.springframework.stereotype.Component;

/** DOMAIN_NOT_FOUND: a filed domain has no row in domains.csv; no other domain rule applies to it. */
@Component
public class DomainNotFoundRule implements Rule.OfUnregisteredDomain {

    @Override
    public RuleCode code() {
        return RuleCode.DOMAIN_NOT_FOUND;
    }

    @Override
    public void check(WebsiteDomain d, RuleContext ctx) {
        d.flag(code(), ctx).report(null, d.name());
    }
}
