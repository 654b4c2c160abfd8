package cn.icpcheck.rules;

import cn.icpcheck.filing.CloudInstance;
import cn.icpcheck.filing.Service;
import cn.icpcheck.filing.SubjectSummary;

import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;

/** INSTANCE_OTHER_ACCOUNT: a service is accessed through an instance of another customer account. */
@Component
public class InstanceOtherAccountRule implements Rule.OfService {

    @Override
    public RuleCode code() {
        return RuleCode.INSTANCE_OTHER_ACCOUNT;
    }

    @Override
    public void check(Service service, SubjectSummary subject, RuleContext ctx) {
        for (String id : new LinkedHashSet<>(service.instanceIds())) {
            CloudInstance instance = ctx.instances().find(id);
            if (instance != null && !instance.customerId().equals(subject.customerId())) {
                ctx.flag(code(), subject).service(service).object(id)
                        .report(null, id, instance.customerId(), subject.customerId());
            }
        }
    }
}
