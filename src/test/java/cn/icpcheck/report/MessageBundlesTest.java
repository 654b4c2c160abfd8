package cn.icpcheck.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The two languages of the reports (--lang=zh|en) say the same things. */
class MessageBundlesTest {

    private static final Properties ZH = load("i18n/messages_zh.properties");
    private static final Properties EN = load("i18n/messages_en.properties");

    @Test
    void everyKeyExistsInBothLanguages() {
        Set<String> zhOnly = new TreeSet<>(ZH.stringPropertyNames());
        zhOnly.removeAll(EN.stringPropertyNames());
        Set<String> enOnly = new TreeSet<>(EN.stringPropertyNames());
        enOnly.removeAll(ZH.stringPropertyNames());
        assertThat(zhOnly).as("keys only in messages_zh.properties").isEmpty();
        assertThat(enOnly).as("keys only in messages_en.properties").isEmpty();
    }

    @Test
    void messagesWithArgumentsAreValidMessageFormats() {
        for (Properties bundle : new Properties[] {ZH, EN}) {
            for (String key : bundle.stringPropertyNames()) {
                String message = bundle.getProperty(key);
                if (message.contains("{")) {
                    assertThatCode(() -> new MessageFormat(message)).as(key).doesNotThrowAnyException();
                    assertThat(new MessageFormat(message).getFormatsByArgumentIndex()).as(key).isNotEmpty();
                    assertThat(message.replace("''", "")).as("%s: a literal ' is written ''", key).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void actionsCanBeListedWithSemicolonsAndTellTheirRuleApart() {
        // remediation-contacts joins a subject's actions with ';', one action per rule
        for (Properties bundle : new Properties[] {ZH, EN}) {
            Set<String> actions = new TreeSet<>();
            for (String key : bundle.stringPropertyNames()) {
                if (key.startsWith("action.")) {
                    assertThat(bundle.getProperty(key)).as(key).doesNotContain(";", "；");
                    assertThat(actions.add(bundle.getProperty(key))).as("%s is not the action of another rule", key).isTrue();
                }
            }
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
