package cn.icpcheck.filing;

/** 主办单位性质: the kind of holder of a filing. */
public enum HolderType implements Vocabulary {
    ENTERPRISE("企业", "enterprise"),
    INDIVIDUAL("个人", "individual"),
    INSTITUTION("事业单位", "institution"),
    GOVERNMENT("政府机关", "government"),
    ASSOCIATION("社会团体", "association"),
    PRIVATE_NON_ENTERPRISE("民办非企业单位", "private-non-enterprise"),
    FOUNDATION("基金会", "foundation"),
    LAW_FIRM("律师执业机构", "law-firm"),
    OTHER("其他", "other");

    private final String[] words;

    HolderType(String... words) {
        this.words = words;
    }

    @Override
    public String[] words() {
        return words.clone();
    }
}
