package cn.icpcheck.input;

/**
 * An export that cannot be read at all: a required file or column missing, an unreadable file.
 * The run stops before any processing with exit code 2.
 */
public class InputFileException extends RuntimeException {

    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
