package cn.icpcheck.filing;

/** 登记状态: the holder's status in the business registry. */
public enum RegistrationStatus implements Vocabulary {
    ACTIVE("存续", "active"),
    OPERATING("在业", "operating"),
    DEREGISTERED("注销", "deregistered"),
    REVOKED("吊销", "revoked");

    private final String[] words;

    RegistrationStatus(String... words) {
        this.words = words;
    }

    @Override
    public String[] words() {
        return words.clone();
    }
}
