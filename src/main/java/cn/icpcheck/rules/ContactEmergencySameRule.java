package cn.icpcheck.rules;

import cn.icpcheck.filing.MobileNumber;

import org.springframework.stereotype.Component;

/** CONTACT_EMERGENCY_SAME: the emergency number, normalised, is the principal's own mobile. */
@Component
public class ContactEmergencySameRule implements Rule.OfContact {

    @Override
    public RuleCode code() {
        return RuleCode.CONTACT_EMERGENCY_SAME;
    }

    @Override
    public void check(Party principal, RuleContext ctx) {
        String emergency = principal.contact().emergencyMobile();
        if (emergency != null
                && MobileNumber.normalize(emergency).equals(MobileNumber.normalize(principal.contact().mobile()))) {
            principal.flag(code(), ctx)
                    .report(null, ctx.label(principal.role()));
        }
    }
}
