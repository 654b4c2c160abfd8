package cn.icpcheck.triage;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A status as staff write it: its code, or its word in either language (待处理, Not needed, …), any case.
 * The words are those of the message bundles, looked up in both languages.
 */
public final class StatusWords {

    private final Map<String, TriageStatus> words = new HashMap<>();

    /** @param wordsOf the words of a status, one per language */
    public StatusWords(java.util.function.Function<TriageStatus, java.util.List<String>> wordsOf) {
        for (TriageStatus status : TriageStatus.values()) {
            words.put(status.code(), status);
            for (String word : wordsOf.apply(status)) {
                words.put(normal(word), status);
            }
        }
    }

    /** The status a word names, or null when it names none (an unknown word). */
    public TriageStatus parse(String word) {
        return words.get(normal(word));
    }

    private static String normal(String word) {
        return word.strip().toLowerCase(Locale.ROOT);
    }
}
