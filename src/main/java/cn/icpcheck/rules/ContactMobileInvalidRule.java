package cn.icpcheck.rules;

import cn.icpcheck.filing.MobileNumber;
import cn.icpcheck.filing.PersonalData;

import org.springframework.stereotype.Component;

/** CONTACT_MOBILE_INVALID: a principal's normalised mobile is not a mainland mobile (1[3-9] + 9 digits). */
@Component
public class ContactMobileInvalidRule implements Rule.OfContact {

    @Override
    public RuleCode code() {
        return RuleCode.CONTACT_MOBILE_INVALID;
    }

    @Override
    public void check(Party principal, RuleContext ctx) {
        String mobile = principal.contact().mobile();
        if (!MobileNumber.valid(MobileNumber.normalize(mobile))) {
            principal.flag(code(), ctx)
                    .report(null, ctx.label(principal.role()), PersonalData.maskMobile(mobile));
        }
    }
}
