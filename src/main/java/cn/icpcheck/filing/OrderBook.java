package cn.icpcheck.filing;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The orders of a run, by order id, in the order their first rows appear in orders.csv. */
public final class OrderBook {

    private static final Comparator<FilingOrder> LATEST_FIRST =
            Comparator.comparing(FilingOrder::submittedOn).thenComparing(FilingOrder::orderId).reversed();

    private final Map<String, FilingOrder> byId = new LinkedHashMap<>();
    /** Built when first asked for after the orders are read; volatile, since checks may ask from several threads. */
    private volatile Map<String, FilingOrder> pendingHolderChanges;

    /** The order a row belongs to, or null when this is its first row. */
    public FilingOrder find(String orderId) {
        return byId.get(orderId);
    }

    /** Adds an accepted row to its order, opening the order with its first row. */
    public void add(OrderLine line) {
        FilingOrder order = byId.get(line.orderId());
        if (order == null) {
            byId.put(line.orderId(), new FilingOrder(line));
        } else {
            order.add(line);
        }
        pendingHolderChanges = null;
    }

    public Collection<FilingOrder> all() {
        return byId.values();
    }

    /**
     * The new holder name a subject has asked for: from its latest in-progress order (by submitted
     * date, then order id) that changes holder_name with a new value (rules.md, target holder).
     */
    public Optional<FilingOrder> pendingHolderChange(String subjectNo) {
        Map<String, FilingOrder> changes = pendingHolderChanges;
        if (changes == null) {
            changes = new HashMap<>();
            for (FilingOrder order : byId.values()) {
                if (order.inProgress() && order.newValueOf(ChangedField.HOLDER_NAME) != null) {
                    changes.merge(order.subjectNo(), order, (a, b) -> LATEST_FIRST.compare(a, b) <= 0 ? a : b);
                }
            }
            pendingHolderChanges = changes;
        }
        return Optional.ofNullable(changes.get(subjectNo));
    }

    public int size() {
        return byId.size();
    }
}
