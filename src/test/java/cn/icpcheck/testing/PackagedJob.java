package cn.icpcheck.testing;

/**
 * Where {@code ./mvnw package} puts the job, and the Java options it is started with, as the README
 * and the schedule files start it (paths relative to the repository, where Maven runs the tests).
 */
public final class PackagedJob {

    /** The Java argument file the README and the schedule files start the job with. */
    public static final String JAVA_OPTIONS = "@jobs/schedule/java.options";
    /** The single Spring Boot jar, as {@code jobs/schedule} installs it. */
    public static final String SINGLE_JAR = "target/icp-compliance.jar";
    /** The README's jar: the Spring Boot jar unpacked. */
    public static final String UNPACKED_JAR = "target/app/icp-compliance.jar";
    /** The class-data-sharing archive of the unpacked jar, made at package time. */
    public static final String ARCHIVE = "target/app/icp-compliance.jsa";

    private PackagedJob() {
    }
}
