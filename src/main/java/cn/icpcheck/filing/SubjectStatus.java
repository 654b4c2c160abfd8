package cn.icpcheck.filing;

/** 备案状态 of a subject. */
public enum SubjectStatus implements Vocabulary {
    ACTIVE("正常", "active"),
    CANCELLED("已注销", "cancelled");

    private final String[] words;

    SubjectStatus(String... words) {
        this.words = words;
    }

    @Override
    public String[] words() {
        return words.clone();
    }
}
