package cn.icpcheck.input;

import cn.icpcheck.filing.HolderType;
import cn.icpcheck.filing.Province;
import cn.icpcheck.filing.ProvinceTable;
import cn.icpcheck.filing.RegistrationStatus;
import cn.icpcheck.filing.Subject;
import cn.icpcheck.filing.SubjectRegistry;
import cn.icpcheck.filing.SubjectStatus;

/** subjects.csv: validates a row, resolves its province, rejects a repeated subject_no. */
public final class SubjectIntake implements RowIntake<Subject> {

    private final ProvinceTable provinces;
    private final SubjectRegistry subjects;

    public SubjectIntake(ProvinceTable provinces, SubjectRegistry subjects) {
        this.provinces = provinces;
        this.subjects = subjects;
    }

    @Override
    public Subject accept(RowFields f) throws RowRejectedException {
        String subjectNo = f.required("subject_no");
        String customerId = f.required("customer_id");
        String provinceText = f.required("province");
        Province province = provinces.find(provinceText).orElse(null);
        if (province == null) {
            throw f.rejection("province", provinceText, RejectReason.UNKNOWN_PROVINCE);
        }
        String holderName = f.required("holder_name");
        HolderType holderType = f.requiredWord("holder_type", HolderType.class);
        String holderCertType = f.required("holder_cert_type");
        String holderCertNo = f.required("holder_cert_no");
        RegistrationStatus registration = f.optionalWord("holder_registration_status", RegistrationStatus.class);
        String legalRep = f.optional("legal_rep_name");
        var principal = f.principal();
        SubjectStatus status = f.requiredWord("status", SubjectStatus.class);
        Subject subject = new Subject(subjectNo, customerId, province, holderName, holderType, holderCertType,
                holderCertNo, registration, legalRep, principal, status, f.optionalDate("approved_on"));
        if (!subjects.register(subject)) {
            throw f.rejection("subject_no", subjectNo, RejectReason.DUPLICATE_KEY);
        }
        return subject;
    }

    @Override
    public void expect(long rowsSoFar, long rowsInAll) {
        subjects.expectSubjects(rowsSoFar, rowsInAll);
    }
}
