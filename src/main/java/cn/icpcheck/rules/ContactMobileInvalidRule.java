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
            ctx.flag(code(), principal.subject()).service(principal.service()).object(principal.role().code())
                    .report(null, ctx.messages().get("role." + principal.role().code()), PersonalData.maskMobile(mobile));
        }
    }
}
