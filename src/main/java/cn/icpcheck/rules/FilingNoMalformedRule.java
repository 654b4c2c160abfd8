package cn.icpcheck.rules;

import cn.icpcheck.filing.Service;
import cn.icpcheck.filing.Subject;
import cn.icpcheck.filing.SubjectSummary;

import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/**
 * FILING_NO_MALFORMED: a subject number that is not {@code <abbr>ICP备<6–10 digits>号} for the
 * subject's province (object {@code subject}), or an active service number that is not its subject
 * number, {@code -}, a positive number and its type's suffix (object {@code service}).
 */
@Component
public class FilingNoMalformedRule implements Rule.OfSubject, Rule.OfService {

    private static final Pattern SUBJECT_NO = Pattern.compile("(.+?)ICP备\\d{6,10}号");
    private static final Pattern SEQUENCE = Pattern.compile("[1-9]\\d*");

    @Override
    public RuleCode code() {
        return RuleCode.FILING_NO_MALFORMED;
    }

    @Override
    public void check(Subject subject, RuleContext ctx) {
        var m = SUBJECT_NO.matcher(subject.subjectNo());
        if (!m.matches() || !subject.province().filingAbbreviations().contains(m.group(1))) {
            ctx.flag(code(), subject).object("subject")
                    .report("subject", subject.subjectNo(), String.join("/", subject.province().filingAbbreviations()));
        }
    }

    @Override
    public void check(Service service, SubjectSummary subject, RuleContext ctx) {
        String prefix = subject.subjectNo() + "-";
        String suffix = service.type().filingSuffix();
        String no = service.serviceNo();
        boolean wellFormed = no.startsWith(prefix) && no.endsWith(suffix)
                && no.length() > prefix.length() + suffix.length()
                && SEQUENCE.matcher(no.substring(prefix.length(), no.length() - suffix.length())).matches();
        if (!wellFormed) {
            ctx.flag(code(), subject).service(service).object("service")
                    .report("service", no, prefix + "N" + suffix);
        }
    }
}
