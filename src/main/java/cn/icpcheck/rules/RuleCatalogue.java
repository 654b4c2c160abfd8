package cn.icpcheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The rule catalogue (docs/rules.md, and {@code --rules}): every rule's condition, object,
 * deadline, default severity and action, generated from the code. The name, severity, family,
 * needed file, action and detail texts are those the reports use ({@link RuleCode},
 * {@code i18n/messages*.properties}); what each rule flags, its object and deadline are in
 * {@code rules/catalogue.properties}, one entry per rule.
 */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    /** The catalogue in Markdown, as docs/rules.md holds it. */
    public static String markdown() {
        Properties en = load("i18n/messages_en.properties");
        Properties zh = load("i18n/messages_zh.properties");
        Properties catalogue = load("rules/catalogue.properties");
        StringBuilder md = new StringBuilder();
        md.append("""
                # Rule catalogue

                Every check the nightly job makes. Generated from the code: the rules' codes, families,
                default severities and the files they need (`RuleCode`), their names, actions and details
                as the reports word them (`src/main/resources/i18n/`), and what each flags, its object
                and its deadline (`src/main/resources/rules/catalogue.properties`). `java -jar
                icp-compliance.jar --rules` prints it; `RuleCatalogueTest` fails when this file and the code
                disagree (regenerate it with `--rules > docs/rules.md`).

                - Only active subjects (status 正常/active) are checked, and only their active services.
                - Severities: CRITICAL > HIGH > MEDIUM > LOW > INFO. The severity below is the default;
                  `jobs/nightly-compliance.yml` can change it per rule, or switch a rule off.
                - A finding's deadline is the date below, or none; the reports show the days left until it
                  (negative when past). `days_left(d)` is `d` minus the run date in calendar days; `P` is
                  the subject's province and `min_days(P)` its minimum remaining domain validity
                  (`jobs/provinces.csv`, 90 when it gives none).
                - The object says what a finding is about, besides its subject and service: the domain, the
                  role whose certificate or contact it is (holder, subject principal, service principal),
                  the instance or the order.
                - The detail is the text of the finding's `detail` column, `{0}`, `{1}` … standing for its
                  values; the name and action are those of the reports, in English and Chinese (`--lang`).
                """);
        Family family = null;
        for (RuleCode code : RuleCode.values()) {
            if (code.family() != family) {
                family = code.family();
                md.append("\n## ").append(en.getProperty("family." + family.name())).append(" (")
                        .append(zh.getProperty("family." + family.name())).append(", `").append(family.code())
                        .append("`)\n");
            }
            String rule = code.name();
            md.append("\n### ").append(rule).append(": ").append(en.getProperty("rule." + rule)).append(" (")
                    .append(zh.getProperty("rule." + rule)).append(")\n\n");
            md.append("- **Flags when** ").append(required(catalogue, "condition." + rule)).append('\n');
            md.append("- **Severity** ").append(code.defaultSeverity()).append('\n');
            md.append("- **Object** ").append(required(catalogue, "object." + rule)).append('\n');
            md.append("- **Deadline** ").append(catalogue.getProperty("deadline." + rule, "none")).append('\n');
            if (code.requires() != null) {
                md.append("- **Needs** ").append(code.requires().fileName())
                        .append(" (without it the rule is skipped, and the reports say so)\n");
            }
            md.append("- **Action** ").append(required(en, "action." + rule)).append(" (")
                    .append(required(zh, "action." + rule)).append(")\n");
            md.append("- **Detail**");
            for (String key : new TreeSet<>(en.stringPropertyNames())) {
                if (key.equals("detail." + rule) || key.startsWith("detail." + rule + ".")) {
                    md.append(" `").append(en.getProperty(key)).append('`');
                }
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("the rule catalogue has no " + key);
        }
        return value;
    }

    private static Properties load(String resource) {
        try (InputStream in = RuleCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
