package cn.icpcheck.filing;

import java.util.Locale;

/**
 * 变更字段: the field a change order changes. The export uses the English code; the Chinese
 * label of the filing system's order form is accepted too.
 */
public enum ChangedField implements Vocabulary {
    HOLDER_NAME("主办单位名称"),
    HOLDER_CERT_NO("主办单位证件号码"),
    LEGAL_REP_NAME("法定代表人"),
    PRINCIPAL("负责人"),
    DOMAIN_ADD("新增域名"),
    DOMAIN_MODIFY("修改域名"),
    DOMAIN_DELETE("删除域名"),
    PROVINCE("省份"),
    SERVICE_NAME("服务名称"),
    OTHER("其他");

    private final String chinese;

    ChangedField(String chinese) {
        this.chinese = chinese;
    }

    /** The code as it appears in orders.csv and in a finding's object, e.g. {@code holder_name}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String[] words() {
        return new String[] {chinese, code()};
    }
}
