package cn.icpcheck.input;

/** Why an input row was rejected. {@link #phrase()} is what rejects.csv says. */
public enum RejectReason {
    MALFORMED_CSV("malformed CSV"),
    WRONG_FIELD_COUNT("wrong number of fields"),
    MISSING_VALUE("missing required value"),
    UNPARSEABLE_DATE("unparseable date"),
    UNKNOWN_VALUE("unknown value"),
    UNKNOWN_PROVINCE("unknown province"),
    UNKNOWN_SUBJECT("unknown subject"),
    DUPLICATE_KEY("duplicate key"),
    ORDER_DISAGREES("disagrees with order");

    private final String phrase;

    RejectReason(String phrase) {
        this.phrase = phrase;
    }

    public String phrase() {
        return phrase;
    }
}
