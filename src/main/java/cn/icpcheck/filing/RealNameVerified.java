package cn.icpcheck.filing;

/** 实名认证 of a domain: whether the registrant passed real-name verification. */
public enum RealNameVerified implements Vocabulary {
    YES("是", "yes"),
    NO("否", "no");

    private final String[] words;

    RealNameVerified(String... words) {
        this.words = words;
    }

    @Override
    public String[] words() {
        return words.clone();
    }
}
