package cn.icpcheck.job;

/** A usage error: a bad option, date or missing input. The run exits with code 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
