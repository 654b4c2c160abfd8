package cn.icpcheck.rules;

import cn.icpcheck.filing.CloudInstance;
import cn.icpcheck.filing.InstanceStatus;
import cn.icpcheck.filing.Service;
import cn.icpcheck.filing.SubjectSummary;

import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;

/** INSTANCE_STALE: a service is accessed through an instance that is unknown, released or expired. */
@Component
public class InstanceStaleRule implements Rule.OfService {

    @Override
    public RuleCode code() {
        return RuleCode.INSTANCE_STALE;
    }

    @Override
    public void check(Service service, SubjectSummary subject, RuleContext ctx) {
        for (String id : new LinkedHashSet<>(service.instanceIds())) {
            CloudInstance instance = ctx.instances().find(id);
            var flag = ctx.flag(code(), subject).service(service).object(id);
            if (instance == null) {
                flag.report("unknown", id);
            } else if (instance.status() == InstanceStatus.RELEASED || instance.status() == InstanceStatus.EXPIRED) {
                flag.report("status", id, ctx.messages().get("instance." + instance.status().name()));
            }
        }
    }
}
