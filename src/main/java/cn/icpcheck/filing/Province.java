package cn.icpcheck.filing;

import java.util.List;

/**
 * A province-level region where filings are held: one row of the province table (provinces.md).
 *
 * @param minDomainDays null when the province gives no number
 */
public record Province(String abbr, String altAbbr, List<String> aliases, String name,
                       String fullName, String english, Integer minDomainDays,
                       HolderChangePolicy orgHolderChange,
                       HolderChangePolicy individualHolderChange) {

    /** The abbreviations that may start a filing number of this province. */
    public List<String> filingAbbreviations() {
        return altAbbr == null || altAbbr.isBlank() ? List.of(abbr) : List.of(abbr, altAbbr);
    }
}
