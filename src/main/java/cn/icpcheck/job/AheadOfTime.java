package cn.icpcheck.job;

import org.springframework.aot.AotDetector;
import org.springframework.core.SpringProperties;
import org.springframework.util.ClassUtils;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Whether the application starts from the bean definitions Spring's ahead-of-time processing wrote
 * at package time ({@code process-aot} in {@code pom.xml}) rather than by evaluating its
 * configuration classes and auto-configurations as it starts: yes when the job runs from its
 * packaged jar and the generated initializer is in it, unless {@code -Dspring.aot.enabled} says
 * otherwise. From a folder of classes (the tests, an IDE) the configuration is evaluated as usual,
 * since the generated definitions there may be older than the code. docs/performance.md
 */
final class AheadOfTime {

    private AheadOfTime() {
    }

    /** Switches Spring's ahead-of-time mode on for {@code application} where it applies; true when it is on. */
    static boolean useWhenPackaged(Class<?> application) {
        if (SpringProperties.getProperty(AotDetector.AOT_ENABLED) == null
                && isPackaged(application)
                && ClassUtils.isPresent(application.getName() + "__ApplicationContextInitializer",
                        application.getClassLoader())) {
            SpringProperties.setFlag(AotDetector.AOT_ENABLED);
        }
        return AotDetector.useGeneratedArtifacts();
    }

    /** True when the class was loaded from a jar, not from a folder of classes. */
    static boolean isPackaged(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null) {
            return false;
        }
        if (!"file".equals(location.getProtocol())) {
            return true;
        }
        try {
            return !Files.isDirectory(Path.of(location.toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }
}
