package cn.icpcheck.job;

import cn.icpcheck.input.ExportFile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingStepsTest {

    @Test
    void eachExportFileIsReadByTheStepNamedAfterIt() {
        assertThat(ReadingSteps.name(ExportFile.DOMAINS)).isEqualTo("readDomains");
        assertThat(ReadingSteps.name(ExportFile.INSTANCES)).isEqualTo("readInstances");
        assertThat(ReadingSteps.name(ExportFile.ORDERS)).isEqualTo("readOrders");
        assertThat(ReadingSteps.name(ExportFile.SUBJECTS)).isEqualTo("checkSubjects");
        assertThat(ReadingSteps.name(ExportFile.SERVICES)).isEqualTo("checkServices");
    }
}
