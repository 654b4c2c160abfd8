package cn.icpcheck;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application of the nightly ICP filing compliance check: what Spring Boot configures and
 * scans. The command line ({@code cn.icpcheck.job.NightlyCommand}, the jar's main class) starts it.
 */
@SpringBootApplication
public class IcpComplianceApplication {
}
