package cn.icpcheck.rules;

import cn.icpcheck.filing.Service;
import cn.icpcheck.filing.SubjectSummary;

import org.springframework.stereotype.Component;

/** NO_ACCESS_INSTANCE: an active service names no instance it is accessed through. */
@Component
public class NoAccessInstanceRule implements Rule.OfService {

    @Override
    public RuleCode code() {
        return RuleCode.NO_ACCESS_INSTANCE;
    }

    @Override
    public void check(Service service, SubjectSummary subject, RuleContext ctx) {
        if (service.instanceIds().isEmpty()) {
            ctx.flag(code(), subject).service(service).report(null);
        }
    }
}
