package cn.icpcheck.input;

import cn.icpcheck.filing.Service;
import cn.icpcheck.filing.SubjectSummary;

/** An accepted row of services.csv, with the subject the intake found for it (so no one looks it up again). */
public record AcceptedService(Service service, SubjectSummary subject) {
}
