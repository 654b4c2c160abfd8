package cn.icpcheck.input;

/** Why an input row was rejected. {@link #phrase()} is what rejects.csv says. */
public enum RejectReason {
    MALFORMED_CSV("malformed CSV"),
    WRONG_FIELD_COUNT("wrong number of fields"),
    VALUE_TOO_LONG("value too long"),
    CONTROL_CHARACTER("control character", " "),
    MISSING_VALUE("missing required value"),
    UNPARSEABLE_DATE("unparseable date"),
    UNKNOWN_VALUE("unknown value"),
    UNKNOWN_PROVINCE("unknown province"),
    UNKNOWN_SUBJECT("unknown subject"),
    DUPLICATE_KEY("duplicate key"),
    ORDER_DISAGREES("disagrees with order");

    private final String phrase;
    private final String beforeDetail;

    RejectReason(String phrase) {
        this(phrase, ": ");
    }

    RejectReason(String phrase, String beforeDetail) {
        this.phrase = phrase;
        this.beforeDetail = beforeDetail;
    }

    public String phrase() {
        return phrase;
    }

    /**
     * The reason in words (this phrase, or its translation) followed by the detail: after a colon
     * ({@code value too long: 40000 characters, at most 4096}), or after a space where the detail
     * continues the phrase ({@code control character U+0000 in value}).
     */
    public String withDetail(String words, String detail) {
        return detail == null || detail.isEmpty() ? words : words + beforeDetail + detail;
    }
}
