package cn.icpcheck.rules;

import cn.icpcheck.filing.Service;
import cn.icpcheck.filing.Subject;
import cn.icpcheck.filing.SubjectSummary;

import org.springframework.stereotype.Component;

/**
 * FILING_NO_MALFORMED: a subject number that is not {@code <abbr>ICP备<6–10 digits>号} for the
 * subject's province (object {@code subject}), or an active service number that is not its subject
 * number, {@code -}, a positive number and its type's suffix (object {@code service}).
 */
@Component
public class FilingNoMalformedRule implements Rule.OfSubject, Rule.OfService {

    private static final String ICP = "ICP备";
    private static final char END = '号';

    @Override
    public RuleCode code() {
        return RuleCode.FILING_NO_MALFORMED;
    }

    @Override
    public void check(Subject subject, RuleContext ctx) {
        String abbreviation = abbreviation(subject.subjectNo());
        if (abbreviation == null || !subject.province().filingAbbreviations().contains(abbreviation)) {
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

    /**
     * What comes before {@code ICP备<6–10 digits>号} when the number ends so (the whole number matching
     * {@code (.+?)ICP备\d{6,10}号}, {@code \d} being {@code 0-9}), or null. Checked by hand: every subject is
     * checked, and the pattern's lazy group tried each length of the prefix in turn.
     */
    static String abbreviation(String subjectNo) {
        int end = subjectNo.length() - 1;
        if (end < 0 || subjectNo.charAt(end) != END) {
            return null;
        }
        int digits = end;
        while (digits > 0 && subjectNo.charAt(digits - 1) >= '0' && subjectNo.charAt(digits - 1) <= '9') {
            digits--;
        }
        int count = end - digits;
        int prefix = digits - ICP.length();
        // the digits are the whole run before 号: a longer run has a digit, not 备, before its last ten
        if (count < 6 || count > 10 || prefix < 1 || !subjectNo.startsWith(ICP, prefix)) {
            return null;
        }
        return subjectNo.substring(0, prefix);
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
