package cn.icpcheck.rules;

import cn.icpcheck.filing.CloudInstance;

import org.springframework.stereotype.Component;

/** INSTANCE_OTHER_ACCOUNT: a service is accessed through an instance of another customer account. */
@Component
public class InstanceOtherAccountRule implements Rule.OfAccess {

    @Override
    public RuleCode code() {
        return RuleCode.INSTANCE_OTHER_ACCOUNT;
    }

    @Override
    public void check(ServiceAccess access, CloudInstance instance, RuleContext ctx) {
        String customerId = access.subject().customerId();
        if (instance != null && !instance.customerId().equals(customerId)) {
            access.flag(code(), ctx).report(null, access.instanceId(), instance.customerId(), customerId);
        }
    }
}
