package cn.icpcheck.rules;

import cn.icpcheck.filing.RegistrationStatus;
import cn.icpcheck.filing.Subject;

import org.springframework.stereotype.Component;

/** HOLDER_DEREGISTERED: the holder's business registration is deregistered (注销) or revoked (吊销). */
@Component
public class HolderDeregisteredRule implements Rule.OfSubject {

    @Override
    public RuleCode code() {
        return RuleCode.HOLDER_DEREGISTERED;
    }

    @Override
    public void check(Subject subject, RuleContext ctx) {
        RegistrationStatus status = subject.registrationStatus();
        if (status == RegistrationStatus.DEREGISTERED || status == RegistrationStatus.REVOKED) {
            ctx.flag(code(), subject).report(null, ctx.messages().get("registration." + status.name()));
        }
    }
}
