package cn.icpcheck.rules;

import cn.icpcheck.filing.ChangedField;
import cn.icpcheck.filing.HolderType;
import cn.icpcheck.filing.InstanceStatus;
import cn.icpcheck.filing.OrderLine;
import cn.icpcheck.filing.OrderStatus;
import cn.icpcheck.filing.OrderType;
import cn.icpcheck.filing.Subject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static cn.icpcheck.rules.RuleTestKit.RUN_DATE;
import static cn.icpcheck.rules.RuleTestKit.domain;
import static cn.icpcheck.rules.RuleTestKit.instance;
import static cn.icpcheck.rules.RuleTestKit.of;
import static cn.icpcheck.rules.RuleTestKit.subjectIn;
import static cn.icpcheck.rules.RuleTestKit.website;
import static org.assertj.core.api.Assertions.assertThat;

class OrderRulesTest {

    private final RuleTestKit kit = new RuleTestKit();

    @BeforeEach
    void liveServices() {
        kit.domains.register(domain("example.com", RUN_DATE.plusDays(400)));
        kit.instances.register(instance("i-1", "C001", InstanceStatus.RUNNING));
    }

    @Test
    void workingDaysSkipWeekendsAndHolidaysAndCountDeclaredWorkdays() {
        WorkingCalendar c = RuleTestKit.CALENDAR;
        // 2026-09-30 → 2026-10-12: Oct 1–7 holiday, Oct 10 (Sat) workday; Oct 8, 9, 10, 12 work
        assertThat(c.workingDaysAfter(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 12))).isEqualTo(4);
        assertThat(c.workingDaysAfter(RUN_DATE, RUN_DATE)).isZero();
        assertThat(c.workingDaysAfter(RUN_DATE.plusDays(3), RUN_DATE)).isZero();
    }

    @ParameterizedTest(name = "submitted {0}: overdue {1}")
    @CsvSource({"2026-11-02,false", "2026-10-30,true", "2026-11-27,false"})
    void overdueAfterMoreThanTwentyWorkingDays(LocalDate submitted, boolean overdue) {
        Subject s = subjectIn("浙江", "浙ICP备12345678号");
        kit.orders.add(RuleTestKit.order("O-1", s, OrderStatus.AUTHORITY_REVIEW, submitted, ChangedField.OTHER, null));
        List<Finding> f = kit.check(s, website(s, "example.com"));
        assertThat(of(RuleCode.ORDER_OVERDUE, f)).hasSize(overdue ? 1 : 0);
        assertThat(of(RuleCode.ORDER_IN_PROGRESS, f)).containsExactly("O-1@");
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"COMPLETED", "REJECTED", "ABANDONED"})
    void finishedOrdersAreNotFlagged(OrderStatus status) {
        Subject s = subjectIn("浙江", "浙ICP备12345678号");
        kit.orders.add(RuleTestKit.order("O-1", s, status, LocalDate.of(2026, 1, 5), ChangedField.DOMAIN_ADD, "x.com"));
        assertThat(kit.check(s, website(s, "example.com"))).isEmpty();
    }

    @Test
    void orderFindingsCarryTheServiceNoAndEachFieldIsFlaggedOnce() {
        Subject s = subjectIn("浙江", "浙ICP备12345678号");
        String serviceNo = s.subjectNo() + "-1";
        for (ChangedField field : List.of(ChangedField.DOMAIN_ADD, ChangedField.DOMAIN_ADD, ChangedField.DOMAIN_MODIFY,
                ChangedField.DOMAIN_DELETE, ChangedField.PROVINCE, ChangedField.SERVICE_NAME)) {
            kit.orders.add(new OrderLine("O-7", s.subjectNo(), OrderType.CHANGE_WEBSITE, OrderStatus.SMS_VERIFICATION,
                    RUN_DATE.minusDays(1), serviceNo, field, "v"));
        }
        List<Finding> f = kit.check(s, website(s, "example.com"));
        assertThat(of(RuleCode.CHANGE_NOT_ALLOWED, f))
                .containsExactlyInAnyOrder("O-7/domain_add@", "O-7/domain_modify@", "O-7/province@");
        assertThat(f).allSatisfy(x -> assertThat(x.serviceNo()).isEqualTo(serviceNo));
    }

    @ParameterizedTest(name = "{0} {1}, also cert no {2} → {3}")
    @CsvSource({
            "北京,ENTERPRISE,false,0", "北京,ENTERPRISE,true,1", "北京,INDIVIDUAL,false,1",
            "安徽,ENTERPRISE,false,1", "安徽,INDIVIDUAL,false,0",
            "广东,ENTERPRISE,true,0", "广东,INDIVIDUAL,false,0",
            "辽宁,ENTERPRISE,true,0", "天津,INDIVIDUAL,false,0",
            "上海,INSTITUTION,true,1", "四川,INDIVIDUAL,false,1"})
    void holderNameChangesFollowTheProvincePolicy(String province, HolderType type, boolean alsoCertNo, int flagged) {
        Subject base = subjectIn(province, "京ICP备12345678号");
        Subject s = new Subject(base.subjectNo(), base.customerId(), base.province(), base.holderName(), type,
                base.holderCertType(), base.holderCertNo(), null, null, base.principal(), base.status(), null);
        kit.orders.add(RuleTestKit.order("O-1", s, OrderStatus.DRAFTING, RUN_DATE, ChangedField.HOLDER_NAME, "新名称有限公司"));
        if (alsoCertNo) {
            kit.orders.add(RuleTestKit.order("O-1", s, OrderStatus.DRAFTING, RUN_DATE, ChangedField.HOLDER_CERT_NO, "91350100M000100Y43"));
        }
        assertThat(of(RuleCode.CHANGE_NOT_ALLOWED, kit.check(s, website(s, "example.com")))).hasSize(flagged);
    }
}
