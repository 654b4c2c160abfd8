package cn.icpcheck.filing;

import java.time.LocalDate;

/**
 * A domain as the registrar reports it. One row of domains.csv.
 *
 * @param name             the matched form ({@link DomainName#matchKey})
 * @param realNameVerified null when unknown
 */
public record RegisteredDomain(String name, String registrantName, LocalDate expiresOn,
                               String registrar, String registryStatus,
                               RealNameVerified realNameVerified) {
}
