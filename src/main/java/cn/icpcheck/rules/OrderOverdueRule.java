package cn.icpcheck.rules;

import cn.icpcheck.filing.FilingOrder;
import cn.icpcheck.filing.SubjectSummary;

import org.springframework.stereotype.Component;

/**
 * ORDER_OVERDUE: an in-progress order submitted more than order_overdue_working_days (default 20)
 * working days before the run date, counted with the holiday calendar.
 */
@Component
public class OrderOverdueRule implements Rule.OfOrder {

    @Override
    public RuleCode code() {
        return RuleCode.ORDER_OVERDUE;
    }

    @Override
    public void check(FilingOrder order, SubjectSummary subject, RuleContext ctx) {
        if (!order.inProgress()) {
            return;
        }
        int workingDays = ctx.calendar().workingDaysAfter(order.submittedOn(), ctx.runDate());
        int limit = ctx.settings().orderOverdueWorkingDays();
        if (workingDays > limit) {
            ctx.flag(code(), subject).serviceNo(order.serviceNo()).object(order.orderId())
                    .report(null, order.orderId(), order.submittedOn(), workingDays, limit);
        }
    }
}
