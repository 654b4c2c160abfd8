package cn.icpcheck.rules;

import cn.icpcheck.filing.RealNameVerified;
import cn.icpcheck.filing.RegisteredDomain;

import org.springframework.stereotype.Component;

/** DOMAIN_NOT_VERIFIED: the registrant has not passed the registrar's real-name verification (实名认证 否). */
@Component
public class DomainNotVerifiedRule implements Rule.OfRegisteredDomain {

    @Override
    public RuleCode code() {
        return RuleCode.DOMAIN_NOT_VERIFIED;
    }

    @Override
    public void check(WebsiteDomain d, RegisteredDomain r, RuleContext ctx) {
        if (r.realNameVerified() == RealNameVerified.NO) {
            d.flag(code(), ctx).report(null, d.name());
        }
    }
}
