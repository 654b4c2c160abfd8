package cn.icpcheck.input;

import cn.icpcheck.filing.Service;
import cn.icpcheck.filing.ServiceStatus;
import cn.icpcheck.filing.ServiceType;
import cn.icpcheck.filing.SubjectRegistry;
import cn.icpcheck.filing.SubjectSummary;

/** services.csv: validates a row, rejects an unknown subject or a repeated service_no. */
public final class ServiceIntake implements RowIntake<AcceptedService> {

    private final SubjectRegistry subjects;

    public ServiceIntake(SubjectRegistry subjects) {
        this.subjects = subjects;
    }

    @Override
    public AcceptedService accept(RowFields f) throws RowRejectedException {
        String serviceNo = f.required("service_no");
        String subjectNo = f.required("subject_no");
        ServiceType type = f.requiredWord("service_type", ServiceType.class);
        String name = f.required("service_name");
        var domains = f.list("domains");
        var principal = f.principal();
        var instanceIds = f.list("instance_ids");
        ServiceStatus status = f.requiredWord("status", ServiceStatus.class);
        SubjectSummary subject = subjects.find(subjectNo);
        if (subject == null) {
            throw f.rejection("subject_no", subjectNo, RejectReason.UNKNOWN_SUBJECT);
        }
        Service service = new Service(serviceNo, subjectNo, type, name, domains, principal, instanceIds, status);
        if (!subjects.registerService(service, subject)) {
            throw f.rejection("service_no", serviceNo, RejectReason.DUPLICATE_KEY);
        }
        return new AcceptedService(service, subject);
    }

    @Override
    public void expect(long rowsSoFar, long rowsInAll) {
        subjects.expectServices(rowsSoFar, rowsInAll);
    }
}
