package cn.icpcheck.rules;

import cn.icpcheck.filing.CertificateType;

import org.springframework.stereotype.Component;

import java.util.Set;

/** ID_TYPE_NOT_ACCEPTED: a holder or principal certificate is a household register or a temporary id. */
@Component
public class IdTypeNotAcceptedRule implements Rule.OfIdentity {

    private static final Set<CertificateType> NOT_ACCEPTED =
            Set.of(CertificateType.HOUSEHOLD_REGISTER, CertificateType.TEMPORARY_ID);

    @Override
    public RuleCode code() {
        return RuleCode.ID_TYPE_NOT_ACCEPTED;
    }

    @Override
    public void check(Party party, RuleContext ctx) {
        if (CertificateType.recognise(party.certType()).filter(NOT_ACCEPTED::contains).isPresent()) {
            party.flag(code(), ctx)
                    .report(null, ctx.label(party.role()), party.certType());
        }
    }
}
