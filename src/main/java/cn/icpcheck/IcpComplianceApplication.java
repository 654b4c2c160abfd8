package cn.icpcheck;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application of the nightly ICP filing compliance check: what Spring Boot configures and
 * scans. The command line ({@code cn.icpcheck.job.NightlyCommand}, the jar's main class) starts it.
 */
@SpringBootApplication
public class IcpComplianceApplication {

    /** For Spring's ahead-of-time processing at build time only; the command line is {@code NightlyCommand}. */
    public static void main(String[] args) {
        SpringApplication.run(IcpComplianceApplication.class, args);
    }
}
