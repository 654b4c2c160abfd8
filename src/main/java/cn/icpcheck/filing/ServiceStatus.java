package cn.icpcheck.filing;

/** 状态 of a service. */
public enum ServiceStatus implements Vocabulary {
    ACTIVE("正常", "active"),
    CANCELLED("已注销", "cancelled"),
    ACCESS_CANCELLED("已取消接入", "access-cancelled");

    private final String[] words;

    ServiceStatus(String... words) {
        this.words = words;
    }

    @Override
    public String[] words() {
        return words.clone();
    }
}
