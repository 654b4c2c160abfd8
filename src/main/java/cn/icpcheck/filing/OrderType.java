package cn.icpcheck.filing;

/** 订单类型 of a filing order. */
public enum OrderType implements Vocabulary {
    ADD_WEBSITE("新增网站", "add-website"),
    ADD_APP("新增App", "add-app"),
    CHANGE_SUBJECT("变更主体", "change-subject"),
    CHANGE_WEBSITE("变更网站", "change-website"),
    CHANGE_APP("变更App", "change-app"),
    CANCEL_SUBJECT("注销主体", "cancel-subject"),
    CANCEL_WEBSITE("注销网站", "cancel-website"),
    CANCEL_ACCESS("取消接入", "cancel-access"),
    OTHER("其他", "other");

    private final String[] words;

    OrderType(String... words) {
        this.words = words;
    }

    @Override
    public String[] words() {
        return words.clone();
    }
}
