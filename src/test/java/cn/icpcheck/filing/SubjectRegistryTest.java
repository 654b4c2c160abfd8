package cn.icpcheck.filing;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubjectRegistryTest {

    private static final ProvinceTable PROVINCES = ProvinceTable.load(Path.of("jobs/provinces.csv"));

    @Test
    void aSubjectFoundByItsNumberIsReadAgainByItsPositionAsItWasKept() {
        SubjectRegistry registry = new SubjectRegistry();
        assertThat(registry.register(subject("浙ICP备16023518号", "浙江", "杭州云栈科技有限公司", "陈立峰", "13957112345",
                SubjectStatus.ACTIVE))).isTrue();
        assertThat(registry.register(subject("粤ICP备14056789号", "广东", "东莞青禾网络科技有限公司", "王芳", "18620001234",
                SubjectStatus.CANCELLED))).isTrue();

        // positions in the order of subjects.csv
        assertThat(registry.positionOf("粤ICP备14056789号")).isEqualTo(1);
        assertThat(registry.positionOf("浙ICP备16023518号")).isZero();
        assertThat(registry.positionOf("京ICP备00000001号")).isEqualTo(-1);

        SubjectSummary guangdong = registry.at(registry.positionOf("粤ICP备14056789号"));
        assertThat(guangdong.subjectNo()).isEqualTo("粤ICP备14056789号");
        assertThat(guangdong.province().abbr()).isEqualTo("粤");
        assertThat(guangdong.holderName()).isEqualTo("东莞青禾网络科技有限公司");
        assertThat(guangdong.active()).isFalse();
        assertThat(guangdong.contact()).isEqualTo(new Contact("王芳", "18620001234", null));
        assertThat(registry.at(0).holderName()).isEqualTo(registry.find("浙ICP备16023518号").holderName());

        assertThatThrownBy(() -> registry.at(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> registry.at(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void subjectsAndServicesRegisteredAfterRoomWasMadeForThemAreFoundLikeThoseBefore() {
        SubjectRegistry registry = new SubjectRegistry();
        for (int i = 0; i < 2_000; i++) {
            assertThat(registry.register(subject("浙ICP备%08d号".formatted(i), "浙江", "公司" + i, "陈立峰", "13957112345",
                    SubjectStatus.ACTIVE))).isTrue();
        }
        // an eighth of subjects.csv read: room for 16,000 subjects
        registry.expectSubjects(2_000, 16_000);
        for (int i = 2_000; i < 16_000; i++) {
            assertThat(registry.register(subject("浙ICP备%08d号".formatted(i), "浙江", "公司" + i, "陈立峰", "13957112345",
                    SubjectStatus.ACTIVE))).isTrue();
        }
        assertThat(registry.register(subject("浙ICP备%08d号".formatted(7), "浙江", "again", "陈立峰", "13957112345",
                SubjectStatus.ACTIVE))).isFalse();
        for (int i = 0; i < 16_000; i += 999) {
            assertThat(registry.positionOf("浙ICP备%08d号".formatted(i))).isEqualTo(i);
            assertThat(registry.at(i).holderName()).isEqualTo("公司" + i);
        }

        for (int i = 0; i < 500; i++) {
            assertThat(registry.registerService(service(i))).isTrue();
        }
        registry.expectServices(500, 4_000);
        for (int i = 500; i < 4_000; i++) {
            assertThat(registry.registerService(service(i))).isTrue();
        }
        assertThat(registry.registerService(service(12))).isFalse();
        assertThat(registry.registerService(service(3_999))).isFalse();
        assertThat(registry.hasActiveService("浙ICP备%08d号".formatted(3_999))).isTrue();
        assertThat(registry.hasActiveService("浙ICP备%08d号".formatted(4_000))).isFalse();
    }

    private static Service service(int i) {
        return new Service("浙ICP备%08d号-1".formatted(i), "浙ICP备%08d号".formatted(i), ServiceType.WEBSITE, "官网",
                List.of(), new Person("陈立峰", "居民身份证", "330106198405170312", null, "13957112345", null, null),
                List.of(), ServiceStatus.ACTIVE);
    }

    private static Subject subject(String subjectNo, String province, String holder, String principal, String mobile,
                                   SubjectStatus status) {
        return new Subject(subjectNo, "1873402956610021", PROVINCES.find(province).orElseThrow(), holder,
                HolderType.ENTERPRISE, "营业执照", "91330106MA27WQ3E6R", RegistrationStatus.ACTIVE, principal,
                new Person(principal, "居民身份证", "330106198405170312", null, mobile, null, null), status,
                LocalDate.of(2016, 5, 20));
    }
}
