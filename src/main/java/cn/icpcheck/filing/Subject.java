package cn.icpcheck.filing;

import java.time.LocalDate;

/**
 * A filing subject (备案主体): the holder of a filing and its principal. One row of subjects.csv,
 * as the checks of the subject itself see it; the registry keeps a {@link SubjectSummary} of it.
 */
public record Subject(String subjectNo, String customerId, Province province, String holderName,
                      HolderType holderType, String holderCertType, String holderCertNo,
                      RegistrationStatus registrationStatus, String legalRepName, Person principal,
                      SubjectStatus status, LocalDate approvedOn) implements SubjectSummary {

    @Override
    public boolean active() {
        return status == SubjectStatus.ACTIVE;
    }

    @Override
    public Contact contact() {
        return new Contact(principal.name(), principal.mobile(), principal.email());
    }
}
