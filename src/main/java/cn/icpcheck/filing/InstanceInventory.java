package cn.icpcheck.filing;

import cn.icpcheck.filing.compact.ByteColumn;
import cn.icpcheck.filing.compact.IntColumn;
import cn.icpcheck.filing.compact.KeyIndex;
import cn.icpcheck.filing.compact.StringPool;

/**
 * The accepted rows of instances.csv, by instance id.
 *
 * <p>Kept compactly, since an export of a million subjects has some two million instances: the
 * ids in a {@link KeyIndex} that numbers them, and per number the customer as a number in a pool
 * (a customer owns several instances) and the status as a byte. {@link #find} builds the
 * {@link CloudInstance} again.
 *
 * <p>Written by one thread (the reading step); read by the checks once that step is done.
 */
public final class InstanceInventory {

    private static final InstanceStatus[] STATUSES = InstanceStatus.values();

    private KeyIndex ids = new KeyIndex();
    private StringPool customers = new StringPool();
    private IntColumn customer = new IntColumn();
    private ByteColumn status = new ByteColumn();
    private boolean released;

    /**
     * Makes room for the instances to come, {@code rowsInAll} rows of instances.csv in all, of which
     * {@code rowsSoFar} were read: the table of their ids and the pool of their customers grow once
     * to their expected size ({@link KeyIndex#reserve}).
     */
    public void expect(long rowsSoFar, long rowsInAll) {
        requireKept();
        ids.reserveFor(rowsSoFar, rowsInAll);
        customers.reserveFor(rowsSoFar, rowsInAll);
    }

    /** Adds an instance; false when its id is already known (a duplicate key). */
    public boolean register(CloudInstance instance) {
        requireKept();
        if (ids.add(instance.instanceId()) < 0) {
            return false;
        }
        customer.add(customers.intern(instance.customerId()));
        status.add(instance.status().ordinal());
        return true;
    }

    /** The instance with this id, or null when instances.csv has none. */
    public CloudInstance find(String instanceId) {
        requireKept();
        int n = ids.find(instanceId);
        return n < 0 ? null : new CloudInstance(instanceId, customers.get(customer.get(n)), STATUSES[status.get(n)]);
    }

    public int size() {
        requireKept();
        return ids.size();
    }

    /**
     * Lets the instances go once every service is checked, so that the reports have the heap; the
     * inventory cannot be used after.
     */
    public void release() {
        released = true;
        ids = null;
        customers = null;
        customer = null;
        status = null;
    }

    private void requireKept() {
        if (released) {
            throw new IllegalStateException("the instances were released after the checks");
        }
    }
}
