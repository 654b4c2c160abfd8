package cn.icpcheck.filing;

import java.util.HashMap;
import java.util.Map;

/** The accepted rows of instances.csv, by instance id. */
public final class InstanceInventory {

    private final Map<String, CloudInstance> byId = new HashMap<>();

    /** Adds an instance; false when its id is already known (a duplicate key). */
    public boolean register(CloudInstance instance) {
        return byId.putIfAbsent(instance.instanceId(), instance) == null;
    }

    /** The instance with this id, or null when instances.csv has none. */
    public CloudInstance find(String instanceId) {
        return byId.get(instanceId);
    }

    public int size() {
        return byId.size();
    }
}
