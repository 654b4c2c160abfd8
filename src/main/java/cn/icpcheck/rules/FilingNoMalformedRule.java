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
        String subjectNo = subject.subjectNo();
        String suffix = service.type().filingSuffix();
        String no = service.serviceNo();
        int sequenceStart = subjectNo.length() + 1;
        boolean wellFormed = no.startsWith(subjectNo) && no.length() > sequenceStart + suffix.length()
                && no.charAt(subjectNo.length()) == '-' && no.endsWith(suffix)
                && isSequence(no, sequenceStart, no.length() - suffix.length());
        if (!wellFormed) {
            ctx.flag(code(), subject).service(service).object("service")
                    .report("service", no, subjectNo + "-N" + suffix);
        }
    }

    /** A positive number without leading zeros (checked by hand: every active service is checked). */
    private static boolean isSequence(String text, int from, int to) {
        if (text.charAt(from) < '1' || text.charAt(from) > '9') {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
