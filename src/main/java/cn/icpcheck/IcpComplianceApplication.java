package cn.icpcheck;

import cn.icpcheck.job.NightlyCommand;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The nightly ICP filing compliance check. {@link NightlyCommand} is the command line. */
@SpringBootApplication
public class IcpComplianceApplication {

    public static void main(String[] args) {
        System.exit(NightlyCommand.run(args));
    }
}
