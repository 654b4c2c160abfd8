package cn.icpcheck.rules;

import org.springframework.context.MessageSource;

import java.util.Locale;

/** The run's language: titles, details and actions from the message bundles (i18n/messages_*.properties). */
public final class Messages {

    private final MessageSource source;
    private final Locale locale;

    public Messages(MessageSource source, Locale locale) {
        this.source = source;
        this.locale = locale;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args, locale);
    }

    public Locale locale() {
        return locale;
    }

    public String ruleTitle(RuleCode rule) {
        return get("rule." + rule.name());
    }

    public String action(RuleCode rule) {
        return get("action." + rule.name());
    }
}
