package cn.icpcheck.rules;

import cn.icpcheck.filing.FilingOrder;
import cn.icpcheck.filing.SubjectSummary;

import org.springframework.stereotype.Component;

/** ORDER_IN_PROGRESS: an order is in progress, so no other order can start for the subject. */
@Component
public class OrderInProgressRule implements Rule.OfOrder {

    @Override
    public RuleCode code() {
        return RuleCode.ORDER_IN_PROGRESS;
    }

    @Override
    public void check(FilingOrder order, SubjectSummary subject, RuleContext ctx) {
        if (order.inProgress()) {
            ctx.flag(code(), subject).serviceNo(order.serviceNo()).object(order.orderId())
                    .report(null, order.orderId(), ctx.messages().get("order.type." + order.first().type().name()),
                            ctx.messages().get("order.status." + order.status().name()), order.submittedOn());
        }
    }
}
