package cn.icpcheck.filing;

/** 订单状态 of a filing order; the first four mean the order is still in progress. */
public enum OrderStatus implements Vocabulary {
    DRAFTING(true, "填写中", "drafting"),
    PROVIDER_REVIEW(true, "初审中", "provider-review"),
    SMS_VERIFICATION(true, "短信核验中", "sms-verification"),
    AUTHORITY_REVIEW(true, "管局审核中", "authority-review"),
    COMPLETED(false, "已完成", "completed"),
    REJECTED(false, "已驳回", "rejected"),
    ABANDONED(false, "已放弃", "abandoned");

    private final boolean inProgress;
    private final String[] words;

    OrderStatus(boolean inProgress, String... words) {
        this.inProgress = inProgress;
        this.words = words;
    }

    public boolean inProgress() {
        return inProgress;
    }

    @Override
    public String[] words() {
        return words.clone();
    }
}
