package cn.icpcheck.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A finding's stable id (triage.md): {@code F} and the first 12 characters of the Crockford base32
 * encoding ({@code 0-9A-Z} without I, L, O, U) of the SHA-256 of {@code rule}, {@code subject_no},
 * {@code service_no} and {@code object} joined by U+001F, in UTF-8. The same on every night, in
 * both languages and on every machine, so other systems can compute it from findings.csv.
 */
public final class FindingId {

    /** Between the key's parts. */
    public static final char SEPARATOR = '\u001F';
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 12;
    /** The length of an id, its {@code F} included. */
    public static final int ID_LENGTH = LENGTH + 1;
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    });

    private FindingId() {
    }

    public static String of(FindingKey key) {
        return of(key.rule().name(), key.subjectNo(), key.serviceNo(), key.object());
    }

    public static String of(String rule, String subjectNo, String serviceNo, String object) {
        String joined = rule + SEPARATOR + subjectNo + SEPARATOR + serviceNo + SEPARATOR + object;
        byte[] hash = SHA256.get().digest(joined.getBytes(StandardCharsets.UTF_8));
        // 12 characters of 5 bits: the first 60 bits of the hash, most significant first
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = bits << 8 | (hash[i] & 0xFF);
        }
        char[] id = new char[ID_LENGTH];
        id[0] = 'F';
        for (int i = 0; i < LENGTH; i++) {
            id[1 + i] = CROCKFORD[(int) (bits >>> (64 - 5 * (i + 1))) & 0x1F];
        }
        return new String(id);
    }

    /** Whether a text has the form of a finding id (not whether any finding has it). */
    public static boolean wellFormed(String text) {
        if (text == null || text.length() != ID_LENGTH || text.charAt(0) != 'F') {
            return false;
        }
        for (int i = 1; i < ID_LENGTH; i++) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean letter = c >= 'A' && c <= 'Z' && c != 'I' && c != 'L' && c != 'O' && c != 'U';
            if (!digit && !letter) {
                return false;
            }
        }
        return true;
    }
}
