package cn.icpcheck.report;

import cn.icpcheck.filing.DomainName;
import cn.icpcheck.filing.Province;
import cn.icpcheck.filing.ProvinceTable;
import cn.icpcheck.input.RejectedRow;
import cn.icpcheck.rules.Family;
import cn.icpcheck.rules.Messages;
import cn.icpcheck.rules.Role;
import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.rules.Severity;
import cn.icpcheck.rules.SkippedRule;
import cn.icpcheck.triage.TriageStatus;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the spreadsheets in the run's language ({@code --lang}): sheet names, headers,
 * severities, and the way a finding's object, province or reject reason reads to a person.
 */
final class WorkbookLabels {

    private final Messages messages;
    private final ProvinceTable provinces;
    private final boolean english;
    // looked up once: the sheets ask for the same few words a million times
    private final Map<RuleCode, String> ruleTitles = new EnumMap<>(RuleCode.class);
    private final Map<RuleCode, String> actions = new EnumMap<>(RuleCode.class);
    private final Map<Severity, String> severities = new EnumMap<>(Severity.class);
    private final Map<String, String> provinceNames = new HashMap<>();
    /** A finding's object that is a role's code ({@code subject_principal}), in words. */
    private final Map<String, String> roleWords = new HashMap<>();
    /** A finding's object that names the kind of filing number ({@code subject}, {@code service}), in words. */
    private final Map<String, String> filingNoWords = new HashMap<>();
    private final List<String> contactStatuses;
    private List<String> staffStatuses;

    WorkbookLabels(Messages messages, ProvinceTable provinces) {
        this.messages = messages;
        this.provinces = provinces;
        this.english = Locale.ENGLISH.getLanguage().equals(messages.locale().getLanguage());
        for (Role role : Role.values()) {
            roleWords.put(role.code(), get("role." + role.code()));
        }
        for (String kind : List.of("subject", "service")) {
            filingNoWords.put(kind, get("object." + kind));
        }
        contactStatuses = List.of(get("contact.to_contact"), get("contact.contacted"));
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String ruleTitle(RuleCode rule) {
        return ruleTitles.computeIfAbsent(rule, messages::ruleTitle);
    }

    String action(RuleCode rule) {
        return actions.computeIfAbsent(rule, messages::action);
    }

    String severity(Severity severity) {
        return severities.computeIfAbsent(severity, s -> get("severity." + s.name()));
    }

    String family(Family family) {
        return get("family." + family.name());
    }

    /** The name of the n-th sheet of a table: {@code 域名}, then {@code 域名 (2)}, … */
    String sheetName(String base, int n) {
        return n == 1 ? base : get("sheet.continued", base, Integer.toString(n));
    }

    /** The staff's choices in a finding's status column; the first is the default. */
    List<String> staffStatuses() {
        if (staffStatuses == null) {
            staffStatuses = java.util.Arrays.stream(TriageStatus.values()).map(s -> get(s.messageKey())).toList();
        }
        return staffStatuses;
    }

    /** The contact list's choices of a subject's status: to contact (the first, the default), contacted. */
    List<String> contactStatuses() {
        return contactStatuses;
    }

    /** A subject's status on the contact list in words. */
    String contactStatus(boolean contacted) {
        return contactStatuses().get(contacted ? 1 : 0);
    }

    /** A decision's status in words (待处理, Not needed, …). */
    String status(TriageStatus status) {
        return staffStatuses().get(status.ordinal());
    }

    /** A province abbreviation as its name ({@code 浙江}, {@code Zhejiang}); the abbreviation when unknown. */
    String province(String abbr) {
        return provinceNames.computeIfAbsent(abbr, a -> provinces.find(a).map(this::provinceName).orElse(a));
    }

    private String provinceName(Province p) {
        return english ? p.english() : p.name();
    }

    /**
     * A finding's object as a person reads it: a punycode domain with its Unicode form beside it,
     * a role in words, the kind of filing number in words; anything else as it is.
     */
    String object(RuleCode rule, String object) {
        if (object.isEmpty()) {
            return object;
        }
        return switch (rule.family()) {
            case DOMAIN, HOLDER -> {
                String unicode = DomainName.unicodeForm(object);
                yield unicode.equals(object) ? object : get("object.unicode", object, unicode);
            }
            case ID, CONTACT -> roleWords.getOrDefault(object, object);
            case FILING_NO -> filingNoWords.getOrDefault(object, object);
            default -> object;
        };
    }

    /** Why a row was rejected: the reason in words, then the technical detail (English) after a colon. */
    String rejectReason(RejectedRow row) {
        String reason = get("reject." + row.reason().name());
        return row.reason().withDetail(reason, row.detail());
    }

    String skippedReason(SkippedRule skipped) {
        return skipped.missingInput() == null ? get("skipped.switched_off")
                : get("skipped.missing_input", skipped.missingInput().fileName());
    }
}
