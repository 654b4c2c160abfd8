package cn.icpcheck.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WrappedLinesTest {

    @Test
    void chineseCharactersAreAboutTwoUnitsWide() {
        assertThat(WrappedLines.count("杭州云栈科技有限公司", 24)).isEqualTo(1);   // 10 characters, 21.5 units
        assertThat(WrappedLines.count("杭州云栈科技有限公司", 20)).isEqualTo(2);
        assertThat(WrappedLines.count("撤回该变更，按规定重新提交（新增网站、异地重新备案或注销后重新备案）", 30)).isEqualTo(3);
    }

    @Test
    void latinTextBreaksBetweenWords() {
        assertThat(WrappedLines.count("Renew the domain before the deadline", 40)).isEqualTo(1);
        assertThat(WrappedLines.count("Renew the domain before the deadline", 20)).isEqualTo(2);
        assertThat(WrappedLines.count("supercalifragilisticexpialidocious", 12)).isEqualTo(3);
    }

    @Test
    void lineBreaksStartNewLines() {
        assertThat(WrappedLines.count("域名已过期\n证件号码无效", 24)).isEqualTo(2);
        assertThat(WrappedLines.count("", 10)).isEqualTo(1);
    }

    @Test
    void theShortcutsForCommonCharactersAgreeWithTheScriptsForEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean byScript = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                    || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF60 || cp >= 0x2018 && cp <= 0x201D;
            if (WrappedLines.wide(cp) != byScript) {
                throw new AssertionError("U+" + Integer.toHexString(cp) + ": " + script);
            }
        }
    }
}
