package cn.icpcheck.filing;

/**
 * How to reach a subject's principal, as the contact list shows them.
 *
 * @param mobile as exported
 * @param email  null when not given
 */
public record Contact(String name, String mobile, String email) {
}
