package cn.icpcheck.input;

/** Thrown while validating a row that must be rejected; carries the rejection. */
public class RowRejectedException extends Exception {

    private final transient RejectedRow rejection;

    public RowRejectedException(RejectedRow rejection) {
        super(rejection.reasonText(), null, false, false);
        this.rejection = rejection;
    }

    public RejectedRow rejection() {
        return rejection;
    }
}
