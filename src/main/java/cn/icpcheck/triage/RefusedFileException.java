package cn.icpcheck.triage;

/** An inbox file that cannot be imported at all; the message is the reason triage-import.csv gives. */
final class RefusedFileException extends Exception {

    RefusedFileException(String reason) {
        super(reason);
    }

    RefusedFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
