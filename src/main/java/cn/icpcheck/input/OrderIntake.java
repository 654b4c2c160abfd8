package cn.icpcheck.input;

import cn.icpcheck.filing.ChangedField;
import cn.icpcheck.filing.FilingOrder;
import cn.icpcheck.filing.OrderBook;
import cn.icpcheck.filing.OrderLine;
import cn.icpcheck.filing.OrderStatus;
import cn.icpcheck.filing.OrderType;
import cn.icpcheck.filing.SubjectRegistry;

/**
 * orders.csv: validates a row, rejects an unknown subject, and rejects a row that disagrees with
 * the first accepted row of its order.
 */
public final class OrderIntake implements RowIntake<OrderLine> {

    private final SubjectRegistry subjects;
    private final OrderBook orders;

    public OrderIntake(SubjectRegistry subjects, OrderBook orders) {
        this.subjects = subjects;
        this.orders = orders;
    }

    @Override
    public OrderLine accept(RowFields f) throws RowRejectedException {
        OrderLine line = new OrderLine(f.required("order_id"), f.required("subject_no"),
                f.requiredWord("order_type", OrderType.class), f.requiredWord("status", OrderStatus.class),
                f.requiredDate("submitted_on"), f.optional("service_no"),
                f.optionalWord("changed_field", ChangedField.class), f.optional("new_value"));
        if (subjects.find(line.subjectNo()) == null) {
            throw f.rejection("subject_no", line.subjectNo(), RejectReason.UNKNOWN_SUBJECT);
        }
        FilingOrder order = orders.find(line.orderId());
        if (order != null) {
            String column = line.firstDisagreement(order.first());
            if (column != null) {
                throw f.rejection(column, f.optional(column) == null ? "" : f.optional(column),
                        RejectReason.ORDER_DISAGREES, "order " + line.orderId());
            }
        }
        orders.add(line);
        return line;
    }
}
