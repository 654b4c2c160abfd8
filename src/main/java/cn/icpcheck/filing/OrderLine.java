package cn.icpcheck.filing;

import java.time.LocalDate;

/**
 * One changed field of a filing order. One row of orders.csv; an order spans several rows that
 * share its {@code orderId}.
 *
 * @param changedField null when the row names none
 */
public record OrderLine(String orderId, String subjectNo, OrderType type, OrderStatus status,
                        LocalDate submittedOn, String serviceNo, ChangedField changedField,
                        String newValue) {

    /**
     * The English name of the first column in which this row disagrees with the first accepted row
     * of its order (inputs.md), or null when it agrees.
     */
    public String firstDisagreement(OrderLine first) {
        if (!subjectNo.equals(first.subjectNo)) {
            return "subject_no";
        }
        if (type != first.type) {
            return "order_type";
        }
        if (status != first.status) {
            return "status";
        }
        if (!submittedOn.equals(first.submittedOn)) {
            return "submitted_on";
        }
        if (!java.util.Objects.equals(serviceNo, first.serviceNo)) {
            return "service_no";
        }
        return null;
    }
}
