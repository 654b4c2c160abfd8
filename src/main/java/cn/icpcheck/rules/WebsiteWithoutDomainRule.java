package cn.icpcheck.rules;

import cn.icpcheck.filing.Service;
import cn.icpcheck.filing.SubjectSummary;

import org.springframework.stereotype.Component;

/** WEBSITE_WITHOUT_DOMAIN: an active website whose domain list is empty. */
@Component
public class WebsiteWithoutDomainRule implements Rule.OfService {

    @Override
    public RuleCode code() {
        return RuleCode.WEBSITE_WITHOUT_DOMAIN;
    }

    @Override
    public void check(Service service, SubjectSummary subject, RuleContext ctx) {
        if (service.website() && service.domains().isEmpty()) {
            ctx.flag(code(), subject).service(service).report(null);
        }
    }
}
