package cn.icpcheck.rules;

import org.springframework.stereotype.Component;

/** CONTACT_EMAIL_INVALID: a principal's e-mail is given and is not of the form a@b.c. */
@Component
public class ContactEmailInvalidRule implements Rule.OfContact {

    @Override
    public RuleCode code() {
        return RuleCode.CONTACT_EMAIL_INVALID;
    }

    @Override
    public void check(Party principal, RuleContext ctx) {
        String email = principal.contact().email();
        if (email != null && !wellFormed(email)) {
            principal.flag(code(), ctx)
                    .report(null, ctx.label(principal.role()), email);
        }
    }

    /**
     * Whether an e-mail matches rules.md's {@code ^[^@\s]+@[^@\s]+\.[^@\s]+$} as Java reads it (its
     * {@code \s} is {@code [ \t\n\x0B\f\r]}), checked by hand (every principal's e-mail is checked): no
     * such white space, one {@code @} with something before it, and after it a dot with something on
     * either side.
     */
    static boolean wellFormed(String email) {
        int at = -1;
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                return false;
            }
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        if (at < 1) {
            return false;
        }
        for (int i = at + 2; i < email.length() - 1; i++) {
            if (email.charAt(i) == '.') {
                return true;
            }
        }
        return false;
    }
}
