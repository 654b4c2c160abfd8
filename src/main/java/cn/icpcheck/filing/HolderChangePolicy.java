package cn.icpcheck.filing;

import java.util.Locale;

/** Whether a province lets a filing pass to a new holder name (provinces.md). */
public enum HolderChangePolicy {
    YES, NO, RENAME, UNKNOWN;

    public static HolderChangePolicy parse(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
