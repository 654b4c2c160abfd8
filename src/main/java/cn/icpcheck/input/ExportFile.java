package cn.icpcheck.input;

import java.util.List;

import static cn.icpcheck.input.ExportColumn.optional;
import static cn.icpcheck.input.ExportColumn.required;

/** The five files of a nightly export, with their columns as inputs.md lists them. */
public enum ExportFile {

    SUBJECTS("subjects.csv", true, List.of(
            required("subject_no", "主体备案号"),
            required("customer_id", "客户ID"),
            required("province", "省份"),
            required("holder_name", "主办单位名称"),
            required("holder_type", "主办单位性质"),
            required("holder_cert_type", "主办单位证件类型"),
            required("holder_cert_no", "主办单位证件号码"),
            optional("holder_registration_status", "登记状态"),
            optional("legal_rep_name", "法定代表人"),
            required("principal_name", "负责人姓名"),
            required("principal_cert_type", "负责人证件类型"),
            required("principal_cert_no", "负责人证件号码"),
            optional("principal_cert_expiry", "负责人证件有效期至"),
            required("principal_mobile", "负责人手机号码"),
            optional("principal_emergency_mobile", "应急联系电话"),
            optional("principal_email", "负责人电子邮箱"),
            required("status", "备案状态"),
            optional("approved_on", "审核通过日期"))),

    SERVICES("services.csv", true, List.of(
            required("service_no", "服务备案号"),
            required("subject_no", "主体备案号"),
            required("service_type", "服务类型"),
            required("service_name", "服务名称"),
            optional("domains", "域名"),
            required("principal_name", "网站负责人姓名"),
            required("principal_cert_type", "网站负责人证件类型"),
            required("principal_cert_no", "网站负责人证件号码"),
            optional("principal_cert_expiry", "网站负责人证件有效期至"),
            required("principal_mobile", "网站负责人手机号码"),
            optional("principal_emergency_mobile", "网站负责人应急联系电话"),
            optional("principal_email", "网站负责人电子邮箱"),
            optional("instance_ids", "接入实例"),
            required("status", "状态"))),

    DOMAINS("domains.csv", true, List.of(
            required("domain", "域名"),
            required("registrant_name", "域名持有者"),
            required("expires_on", "到期日期"),
            optional("registrar", "注册商"),
            optional("status", "域名状态"),
            optional("real_name_verified", "实名认证"))),

    INSTANCES("instances.csv", false, List.of(
            required("instance_id", "实例ID"),
            required("customer_id", "客户ID"),
            required("status", "状态"),
            optional("expires_on", "到期日期"),
            optional("public_ip", "公网IP"))),

    ORDERS("orders.csv", false, List.of(
            required("order_id", "订单号"),
            required("subject_no", "主体备案号"),
            required("order_type", "订单类型"),
            required("status", "订单状态"),
            required("submitted_on", "提交日期"),
            optional("service_no", "服务备案号"),
            optional("changed_field", "变更字段"),
            optional("new_value", "新值")));

    private final String fileName;
    private final boolean required;
    private final List<ExportColumn> columns;

    ExportFile(String fileName, boolean required, List<ExportColumn> columns) {
        this.fileName = fileName;
        this.required = required;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    /** Whether a run needs the file; without an optional file its rules are skipped. */
    public boolean isRequired() {
        return required;
    }

    public List<ExportColumn> columns() {
        return columns;
    }
}
