package cn.icpcheck.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** rules.md, FILING_NO_MALFORMED: the subject number's form, checked by hand, is the pattern's. */
class FilingNoMalformedRuleTest {

    /** The form as rules.md writes it. */
    private static final Pattern FORM = Pattern.compile("(.+?)ICP备\\d{6,10}号");

    @ParameterizedTest
    @ValueSource(strings = {"浙ICP备12345678号", "浙ICP备123456号", "浙ICP备1234567890号", "浙ICP备12345号",
            "浙ICP备12345678901号", "浙ICP备12345678", "ICP备12345678号", "京ICP备ICP备123456号", "京ICP备123456号ICP备123456号",
            "京ICP备12345６号", "京ICP备١٢٣٤٥٦号", "京 ICP备123456号", "京ICP备 123456号", "京ICP备123456号 ", "号", "",
            "京ICP123456号", "京icp备123456号", "京津ICP备0000000000号", "1ICP备123456号", "京ICP备12345678号号"})
    void theFormOfASubjectNumber(String subjectNo) {
        assertThat(FilingNoMalformedRule.abbreviation(subjectNo)).isEqualTo(byPattern(subjectNo));
    }

    @Test
    void theFormOfRandomNumbers() {
        String[] pieces = {"京", "浙", "ICP备", "I", "C", "P", "备", "号", "0", "1", "9", "12345", "١", "a", " "};
        Random random = new Random(42);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder no = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                no.append(pieces[random.nextInt(pieces.length)]);
            }
            String subjectNo = no.toString();
            assertThat(FilingNoMalformedRule.abbreviation(subjectNo)).as(subjectNo).isEqualTo(byPattern(subjectNo));
        }
    }

    private static String byPattern(String subjectNo) {
        Matcher m = FORM.matcher(subjectNo);
        return m.matches() ? m.group(1) : null;
    }
}
