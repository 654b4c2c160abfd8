package cn.icpcheck.job;

import cn.icpcheck.IcpComplianceApplication;

import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.core.SpringProperties;

import static org.assertj.core.api.Assertions.assertThat;

class AheadOfTimeTest {

    @Test
    void classesFromAFolderAreNotPackagedClassesFromAJarAre() {
        assertThat(AheadOfTime.isPackaged(AheadOfTimeTest.class)).isFalse();
        assertThat(AheadOfTime.isPackaged(Test.class)).isTrue();
    }

    @Test
    void fromAFolderOfClassesTheConfigurationIsEvaluatedAsItStarts() {
        assertThat(AheadOfTime.useWhenPackaged(IcpComplianceApplication.class)).isFalse();
        assertThat(SpringProperties.getProperty(AotDetector.AOT_ENABLED)).isNull();
    }
}
