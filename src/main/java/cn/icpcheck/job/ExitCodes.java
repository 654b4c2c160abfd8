package cn.icpcheck.job;

/** The exit codes of outputs.md. */
public final class ExitCodes {

    /** Completed, whatever it found; or the run date had already completed. */
    public static final int OK = 0;
    /** The run failed; the same command restarts it. */
    public static final int FAILED = 1;
    /** A usage error: unknown option, bad date, missing folder, file or column. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
