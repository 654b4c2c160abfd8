package cn.icpcheck;

import cn.icpcheck.job.NightlyCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.aot.AbstractAotProcessor;

/**
 * The application of the nightly ICP filing compliance check: what Spring Boot configures and
 * scans. The command line ({@link NightlyCommand}, the jar's main class) starts it.
 */
@SpringBootApplication
public class IcpComplianceApplication {

    /**
     * The command line; at package time, Spring's ahead-of-time processing, which starts the
     * application from here to work out its bean definitions.
     */
    public static void main(String[] args) {
        if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
            SpringApplication.run(IcpComplianceApplication.class, args);
        } else {
            NightlyCommand.main(args);
        }
    }
}
