package cn.icpcheck.filing;

import java.time.LocalDate;

/** A cloud instance that services are accessed through (接入). One row of instances.csv. */
public record CloudInstance(String instanceId, String customerId, InstanceStatus status,
                            LocalDate expiresOn, String publicIp) {
}
