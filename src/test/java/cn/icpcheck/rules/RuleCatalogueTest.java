package cn.icpcheck.rules;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/rules.md is the catalogue the code generates (regenerate it with {@code --rules > docs/rules.md}). */
class RuleCatalogueTest {

    @Test
    void docsRulesMdIsTheCatalogueOfTheCode() throws Exception {
        assertThat(Files.readString(Path.of("docs/rules.md"), StandardCharsets.UTF_8))
                .as("docs/rules.md is out of date: java -jar target/icp-compliance.jar --rules > docs/rules.md")
                .isEqualTo(RuleCatalogue.markdown());
    }

    @Test
    void everyRuleHasItsConditionSeverityActionAndDetail() {
        String catalogue = RuleCatalogue.markdown();
        for (RuleCode rule : RuleCode.values()) {
            String section = catalogue.substring(catalogue.indexOf("### " + rule.name() + ": "));
            int end = section.indexOf("\n#", 1);
            section = end < 0 ? section : section.substring(0, end);
            assertThat(section).as(rule.name()).contains("- **Flags when** ", "- **Severity** " + rule.defaultSeverity(),
                    "- **Object** ", "- **Deadline** ", "- **Action** ", "- **Detail** `");
            if (rule.requires() != null) {
                assertThat(section).contains("- **Needs** " + rule.requires().fileName());
            }
        }
    }
}
