package cn.icpcheck.filing;

/** 服务类型: what kind of internet information service. */
public enum ServiceType implements Vocabulary {
    WEBSITE("", "网站", "website"),
    APP("A", "App", "app"),
    MINI_PROGRAM("X", "小程序", "mini-program"),
    QUICK_APP("K", "快应用", "quick-app");

    private final String filingSuffix;
    private final String[] words;

    ServiceType(String filingSuffix, String... words) {
        this.filingSuffix = filingSuffix;
        this.words = words;
    }

    /** What ends the service filing number of this type: none for a website, A, X or K. */
    public String filingSuffix() {
        return filingSuffix;
    }

    @Override
    public String[] words() {
        return words.clone();
    }
}
