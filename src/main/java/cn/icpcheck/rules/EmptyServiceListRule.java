package cn.icpcheck.rules;

import cn.icpcheck.filing.SubjectSummary;

import org.springframework.stereotype.Component;

/** EMPTY_SERVICE_LIST: an active subject with no active service (空壳主体). */
@Component
public class EmptyServiceListRule implements Rule.OfSubjectServices {

    @Override
    public RuleCode code() {
        return RuleCode.EMPTY_SERVICE_LIST;
    }

    @Override
    public void check(SubjectSummary subject, boolean hasActiveService, RuleContext ctx) {
        if (!hasActiveService) {
            ctx.flag(code(), subject).report(null);
        }
    }
}
