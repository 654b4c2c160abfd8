package cn.icpcheck.filing;

import java.util.List;

/**
 * An internet information service (互联网信息服务) of a subject: a website, App, mini-program or quick
 * app. One row of services.csv.
 *
 * @param domains     the filed domains as written in the export, blanks dropped
 * @param instanceIds the cloud instances it is accessed through, blanks dropped
 */
public record Service(String serviceNo, String subjectNo, ServiceType type, String name,
                      List<String> domains, Person principal, List<String> instanceIds,
                      ServiceStatus status) {

    public boolean active() {
        return status == ServiceStatus.ACTIVE;
    }

    public boolean website() {
        return type == ServiceType.WEBSITE;
    }
}
