package cn.icpcheck.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A filing order: the accepted rows of orders.csv that share an order id, the first one leading. */
public final class FilingOrder {

    private final List<OrderLine> lines = new ArrayList<>();

    FilingOrder(OrderLine first) {
        lines.add(first);
    }

    void add(OrderLine line) {
        lines.add(line);
    }

    public OrderLine first() {
        return lines.get(0);
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public String orderId() {
        return first().orderId();
    }

    public String subjectNo() {
        return first().subjectNo();
    }

    public String serviceNo() {
        return first().serviceNo();
    }

    public OrderStatus status() {
        return first().status();
    }

    public LocalDate submittedOn() {
        return first().submittedOn();
    }

    public boolean inProgress() {
        return status().inProgress();
    }

    public boolean changes(ChangedField field) {
        return lines.stream().anyMatch(l -> l.changedField() == field);
    }

    /** The first non-empty new value asked for a field, or null. */
    public String newValueOf(ChangedField field) {
        return lines.stream().filter(l -> l.changedField() == field && l.newValue() != null)
                .map(OrderLine::newValue).findFirst().orElse(null);
    }
}
