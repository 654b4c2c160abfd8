package cn.icpcheck.filing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An enumerated value of the export: each constant is known by a Chinese and an English word
 * (inputs.md), matched after trimming and ignoring case.
 */
public interface Vocabulary {

    /** The words that name this value in an export, Chinese first. */
    String[] words();

    static <E extends Enum<E> & Vocabulary> Optional<E> lookup(Class<E> type, String text) {
        return Optional.ofNullable(find(type, text));
    }

    /** The value a word names, or null (as {@link #lookup}, without an Optional per row). */
    static <E extends Enum<E> & Vocabulary> E find(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        Map<String, Object> words = Words.BY_TYPE.get(type);
        // the word as exports mostly write it first: trimming and lower-casing a Chinese word cost more
        // than the look-up (about a second of a million subjects' checks), and change nothing of a word
        // found as it is (the words are kept trimmed and lower-cased)
        Object value = words.get(text);
        return type.cast(value != null ? value : words.get(text.trim().toLowerCase(Locale.ROOT)));
    }

    /** Every vocabulary's words, lower-cased, built once per enum type. */
    final class Words {
        private static final ClassValue<Map<String, Object>> BY_TYPE = new ClassValue<>() {
            @Override
            protected Map<String, Object> computeValue(Class<?> type) {
                Map<String, Object> byWord = new HashMap<>();
                for (Object constant : type.getEnumConstants()) {
                    for (String word : ((Vocabulary) constant).words()) {
                        byWord.put(word.trim().toLowerCase(Locale.ROOT), constant);
                    }
                }
                return Map.copyOf(byWord);
            }
        };

        private Words() {
        }
    }
}
