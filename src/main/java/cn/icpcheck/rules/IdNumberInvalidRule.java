package cn.icpcheck.rules;

import cn.icpcheck.filing.CertificateType;
import cn.icpcheck.filing.IdProblem;
import cn.icpcheck.filing.PersonalData;
import cn.icpcheck.filing.ResidentIdNumber;
import cn.icpcheck.filing.UnifiedSocialCreditCode;

import org.springframework.stereotype.Component;

/**
 * ID_NUMBER_INVALID: a resident id that fails GB 11643 (or is a 15-digit first-generation card),
 * or a business licence / credit code certificate whose number is not a valid GB 32100 code (or is
 * a 15-digit pre-2015 registration number). Other certificate types are not checked.
 */
@Component
public class IdNumberInvalidRule implements Rule.OfIdentity {

    @Override
    public RuleCode code() {
        return RuleCode.ID_NUMBER_INVALID;
    }

    @Override
    public void check(Party party, RuleContext ctx) {
        CertificateType type = CertificateType.recognise(party.certType()).orElse(null);
        if (type == null) {
            return;
        }
        IdProblem problem = switch (type) {
            case RESIDENT_ID -> ResidentIdNumber.check(party.certNo(), ctx.runDate());
            case BUSINESS_LICENSE, USCC_CERTIFICATE -> UnifiedSocialCreditCode.check(party.certNo());
            default -> IdProblem.NONE;
        };
        if (problem != IdProblem.NONE) {
            String variant = (type == CertificateType.RESIDENT_ID ? "resident_id." : "credit_code.") + problem.key();
            party.flag(code(), ctx)
                    .report(variant, ctx.label(party.role()),
                            PersonalData.maskCertificateNo(party.certNo()));
        }
    }
}
