package cn.icpcheck.input;

import cn.icpcheck.filing.CloudInstance;
import cn.icpcheck.filing.InstanceInventory;
import cn.icpcheck.filing.InstanceStatus;

/** instances.csv: validates a row, rejects a repeated instance_id. */
public final class InstanceIntake implements RowIntake<CloudInstance> {

    private final InstanceInventory instances;

    public InstanceIntake(InstanceInventory instances) {
        this.instances = instances;
    }

    @Override
    public CloudInstance accept(RowFields f) throws RowRejectedException {
        String id = f.required("instance_id");
        CloudInstance instance = new CloudInstance(id, f.required("customer_id"),
                f.requiredWord("status", InstanceStatus.class));
        f.optionalDate("expires_on"); // no check uses it, but a row with an unreadable date is rejected
        if (!instances.register(instance)) {
            throw f.rejection("instance_id", id, RejectReason.DUPLICATE_KEY);
        }
        return instance;
    }

    @Override
    public void expect(long rowsSoFar, long rowsInAll) {
        instances.expect(rowsSoFar, rowsInAll);
    }
}
