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
}
