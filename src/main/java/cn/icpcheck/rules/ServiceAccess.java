package cn.icpcheck.rules;

import cn.icpcheck.filing.Service;
import cn.icpcheck.filing.SubjectSummary;

/**
 * An instance id an active service is accessed through (接入).
 *
 * @param instanceId as the service lists it
 */
public record ServiceAccess(SubjectSummary subject, Service service, String instanceId) {

    /** Starts a finding about this access of this service. */
    public RuleContext.Flag flag(RuleCode rule, RuleContext ctx) {
        return ctx.flag(rule, subject).service(service).object(instanceId);
    }
}
