package cn.icpcheck.rules;

import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/** CONTACT_EMAIL_INVALID: a principal's e-mail is given and is not of the form a@b.c. */
@Component
public class ContactEmailInvalidRule implements Rule.OfContact {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Override
    public RuleCode code() {
        return RuleCode.CONTACT_EMAIL_INVALID;
    }

    @Override
    public void check(Party principal, RuleContext ctx) {
        String email = principal.contact().email();
        if (email != null && !EMAIL.matcher(email).matches()) {
            principal.flag(code(), ctx)
                    .report(null, ctx.label(principal.role()), email);
        }
    }
}
