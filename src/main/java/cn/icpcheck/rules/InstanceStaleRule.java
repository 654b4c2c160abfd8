package cn.icpcheck.rules;

import cn.icpcheck.filing.CloudInstance;
import cn.icpcheck.filing.InstanceStatus;

import org.springframework.stereotype.Component;

/** INSTANCE_STALE: a service is accessed through an instance that is unknown, released or expired. */
@Component
public class InstanceStaleRule implements Rule.OfAccess {

    @Override
    public RuleCode code() {
        return RuleCode.INSTANCE_STALE;
    }

    @Override
    public void check(ServiceAccess access, CloudInstance instance, RuleContext ctx) {
        if (instance == null) {
            access.flag(code(), ctx).report("unknown", access.instanceId());
        } else if (instance.status() == InstanceStatus.RELEASED || instance.status() == InstanceStatus.EXPIRED) {
            access.flag(code(), ctx).report("status", access.instanceId(),
                    ctx.messages().get("instance." + instance.status().name()));
        }
    }
}
