package cn.icpcheck.filing;

/**
 * A cloud instance that services are accessed through (接入): what the checks use of one row of
 * instances.csv (its expiry and public IP are not among it).
 */
public record CloudInstance(String instanceId, String customerId, InstanceStatus status) {
}
