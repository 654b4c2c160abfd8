package cn.icpcheck.filing;

import java.time.LocalDate;

/**
 * A person responsible for a filing (负责人): the subject's principal or a service's.
 *
 * @param certExpiry null when not given, {@link ExportDates#LONG_TERM} for 长期
 */
public record Person(String name, String certType, String certNo, LocalDate certExpiry,
                     String mobile, String emergencyMobile, String email) {
}
