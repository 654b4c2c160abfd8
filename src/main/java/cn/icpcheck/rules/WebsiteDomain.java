package cn.icpcheck.rules;

import cn.icpcheck.filing.RegisteredDomain;
import cn.icpcheck.filing.Service;
import cn.icpcheck.filing.Subject;

/**
 * A domain filed for an active website, with its registration.
 *
 * @param name         the matched form: ASCII, lower case
 * @param registration the row of domains.csv, or null when there is none
 */
public record WebsiteDomain(Subject subject, Service website, String name, RegisteredDomain registration) {
}
