package cn.icpcheck.filing;

/**
 * What the checks need to know of a subject once its own row has been checked: for its services,
 * orders and domains, and to call its principal. {@link Subject} is the whole row;
 * {@link SubjectRegistry} keeps only this much of each subject.
 */
public interface SubjectSummary {

    String subjectNo();

    String customerId();

    Province province();

    String holderName();

    HolderType holderType();

    /** Whether the subject's status is 正常 (active): only active subjects are checked. */
    boolean active();

    /** The subject's principal, the person the contact list names. */
    Contact contact();
}
