package cn.icpcheck.filing;

import java.time.LocalDate;

/**
 * A domain as the registrar reports it: what the checks use of one row of domains.csv (the
 * registrar's name is not among it).
 *
 * @param name             the matched form ({@link DomainName#matchKey})
 * @param registryStatus   as exported, null when not given
 * @param realNameVerified null when unknown
 */
public record RegisteredDomain(String name, String registrantName, LocalDate expiresOn,
                               String registryStatus, RealNameVerified realNameVerified) {
}
