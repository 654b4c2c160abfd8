package cn.icpcheck.job;

import cn.icpcheck.rules.RuleCode;
import cn.icpcheck.rules.Severity;
import cn.icpcheck.testing.Command;
import cn.icpcheck.testing.TestExport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Files;
import java.nio.file.Path;

import static cn.icpcheck.testing.TestExport.DAY_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * operations.md, "Strict configuration": a typo in nightly-compliance.yml is exit 2, naming the
 * file, the line and the key, before anything starts.
 */
@ExtendWith(OutputCaptureExtension.class)
class StrictConfigTest {

    @TempDir
    Path dir;

    private static final String VALID = """
            thresholds:
              domain-warning-days: 30
              id-warning-days: 60
            rules:
              DOMAIN_EXPIRED:   { severity: CRITICAL, enabled: true }
              ID_EXPIRING:
                severity: low
                enabled: false
            """;

    @Test
    void theShippedConfigurationAndAValidOneAreRead() throws Exception {
        assertThat(ComplianceConfig.load(Path.of("jobs/nightly-compliance.yml")).domainWarningDays()).isEqualTo(30);
        var settings = ComplianceConfig.load(write(VALID));
        assertThat(settings.severityOf(RuleCode.ID_EXPIRING)).isEqualTo(Severity.LOW);
        assertThat(settings.enabled(RuleCode.ID_EXPIRING)).isFalse();
        assertThat(settings.enabled(RuleCode.DOMAIN_EXPIRED)).isTrue();
        assertThat(ComplianceConfig.load(write("")).idWarningDays()).isEqualTo(60);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "unknown threshold | domain-warning-days: 30 | domain-warnin-days: 10 | 2 | 'thresholds.domain-warnin-days'",
            "misspelt rule code | DOMAIN_EXPIRED: | DOMAIN_EXPIRD: | 5 | 'rules.DOMAIN_EXPIRD'",
            "enabled not a boolean | enabled: true } | enabled: ture } | 5 | 'rules.DOMAIN_EXPIRED.enabled' must be true or false, not 'ture'",
            "a rule switched off without a mapping | DOMAIN_EXPIRED:   { severity: CRITICAL, enabled: true } | DOMAIN_EXPIRED: off | 5 | 'rules.DOMAIN_EXPIRED' must be a mapping",
            "threshold not a whole number | id-warning-days: 60 | id-warning-days: 60d | 3 | 'thresholds.id-warning-days' must be a whole number",
            "threshold a fraction | id-warning-days: 60 | id-warning-days: 6.5 | 3 | 'thresholds.id-warning-days' must be a whole number",
            "unknown severity | severity: CRITICAL | severity: URGENT | 5 | unknown severity 'URGENT' for 'rules.DOMAIN_EXPIRED.severity'",
            "unknown rule setting | enabled: false | enable: false | 8 | 'rules.ID_EXPIRING.enable'",
            "unknown section | rules: | rule: | 4 | unknown key 'rule'",
    })
    void aTypoIsAUsageErrorNamingFileLineAndKey(String what, String valid, String typo, int line, String message,
                                                CapturedOutput output) throws Exception {
        assertThat(VALID).contains(valid);
        Path config = write(VALID.replace(valid, typo));

        assertThat(run(config)).isEqualTo(ExitCodes.USAGE);

        assertThat(output.getErr()).contains(config + ", line " + line + ": ", message);
        assertThat(dir.resolve("state")).as("nothing started").doesNotExist();
    }

    @Test
    void aKeyGivenTwiceIsAUsageError(CapturedOutput output) throws Exception {
        Path config = write(VALID + "  DOMAIN_EXPIRED: { enabled: false }\n");

        assertThat(run(config)).isEqualTo(ExitCodes.USAGE);
        assertThat(output.getErr()).contains(config + ", line 9: key 'DOMAIN_EXPIRED' is given twice in rules");

        assertThatThrownBy(() -> ComplianceConfig.load(write("thresholds:\n  id-warning-days: 1\n  id-warning-days: 2\n")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("line 3: key 'id-warning-days' is given twice in thresholds");
    }

    @Test
    void invalidYamlIsAUsageErrorWithItsLine() throws Exception {
        assertThatThrownBy(() -> ComplianceConfig.load(write("rules:\n  DOMAIN_EXPIRED: { severity: HIGH\n")))
                .isInstanceOf(UsageException.class).hasMessageContaining("line 3").hasMessageContaining("not valid YAML");
    }

    private int run(Path config) throws Exception {
        Path input = TestExport.dayOne().writeTo(dir.resolve("input"));
        Command command = Command.embedded(dir);
        return command.run(input, DAY_1, "--config=" + config);
    }

    private Path write(String yaml) throws Exception {
        Path file = Files.createTempFile(dir, "config", ".yml");
        Files.writeString(file, yaml);
        return file;
    }
}
