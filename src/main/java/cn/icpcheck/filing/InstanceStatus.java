package cn.icpcheck.filing;

/** 状态 of a cloud instance. */
public enum InstanceStatus implements Vocabulary {
    RUNNING("运行中", "running"),
    STOPPED("已停止", "stopped"),
    EXPIRED("已过期", "expired"),
    RELEASED("已释放", "released");

    private final String[] words;

    InstanceStatus(String... words) {
        this.words = words;
    }

    @Override
    public String[] words() {
        return words.clone();
    }
}
