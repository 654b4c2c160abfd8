package cn.icpcheck.job;

/** The parameters of the nightly job. Only the run date and the attempt identify a job instance. */
public final class JobParameterNames {

    public static final String RUN_DATE = "run.date";
    /** 1 for the first run of a date; each {@code --rerun} of a completed date adds one. */
    public static final String ATTEMPT = "run.attempt";
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    public static final String CONFIG = "config";
    public static final String PROVINCES = "provinces";
    public static final String HOLIDAYS = "holidays";
    public static final String LANG = "lang";
    public static final String INPUT_CHARSET = "input.charset";
    public static final String MAX_REJECTS = "max.rejects";
    public static final String MAX_SHRINK = "max.shrink";
    /**
     * Each export file's size and SHA-256 ({@code ExportFingerprint}): the key it is kept under in the job
     * execution's context ({@code RunFingerprint}); executions of earlier versions have it as a parameter.
     */
    public static final String EXPORT = "export.fingerprint";
    /** The folder of the staff's edited files ({@code --triage-inbox}). */
    public static final String TRIAGE_INBOX = "triage.inbox";

    private JobParameterNames() {
    }
}
