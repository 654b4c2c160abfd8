package cn.icpcheck.rules;

import cn.icpcheck.filing.RealNameVerified;
import cn.icpcheck.filing.RegisteredDomain;

import org.springframework.stereotype.Component;

/** DOMAIN_NOT_VERIFIED: the registrant has not passed the registrar's real-name verification (实名认证 否). */
@Component
public class DomainNotVerifiedRule implements Rule.OfWebsiteDomain {

    @Override
    public RuleCode code() {
        return RuleCode.DOMAIN_NOT_VERIFIED;
    }

    @Override
    public void check(WebsiteDomain d, RuleContext ctx) {
        RegisteredDomain r = d.registration();
        if (r != null && r.realNameVerified() == RealNameVerified.NO) {
            ctx.flag(code(), d.subject()).service(d.website()).object(d.name()).report(null, d.name());
        }
    }
}
