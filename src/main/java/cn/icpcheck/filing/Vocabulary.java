package cn.icpcheck.filing;

import java.util.LinkedHashMap;
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
        Words words = Words.BY_TYPE.get(type);
        // the word as exports mostly write it first: trimming and lower-casing a Chinese word cost more
        // than the look-up (about a second of a million subjects' checks), and change nothing of a word
        // found as it is (the words are kept trimmed and lower-cased)
        Object value = words.find(text);
        return type.cast(value != null ? value : words.find(text.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * Every vocabulary's words, lower-cased, built once per enum type, in a table of their own: the
     * JDK's immutable maps share one look-up for all their keys, which hashed and compared each cell
     * through calls to whatever kinds of key it had seen (the look-up 0.72 s of CPU for the 13
     * million enumerated cells of a million subjects); here both are {@code String}'s own (0.49 s,
     * most of it the first touch of each cell's characters, which a cheaper hash of a word's length
     * and ends did not spare). A scan of the words, comparing each cell with several, took 0.56 s.
     */
    final class Words {
        private static final ClassValue<Words> BY_TYPE = new ClassValue<>() {
            @Override
            protected Words computeValue(Class<?> type) {
                Map<String, Object> byWord = new LinkedHashMap<>();
                for (Object constant : type.getEnumConstants()) {
                    for (String word : ((Vocabulary) constant).words()) {
                        byWord.put(word.trim().toLowerCase(Locale.ROOT), constant);
                    }
                }
                return new Words(byWord);
            }
        };

        /** Open addressing, at most a quarter full: a word is mostly in its own slot. */
        private final String[] words;
        private final Object[] values;
        private final int mask;

        private Words(Map<String, Object> byWord) {
            int size = Integer.highestOneBit(Math.max(1, byWord.size()) * 4) * 2;
            words = new String[size];
            values = new Object[size];
            mask = size - 1;
            byWord.forEach((word, value) -> {
                int slot = word.hashCode() & mask;
                while (words[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                words[slot] = word;
                values[slot] = value;
            });
        }

        private Object find(String text) {
            for (int slot = text.hashCode() & mask; words[slot] != null; slot = (slot + 1) & mask) {
                if (words[slot].equals(text)) {
                    return values[slot];
                }
            }
            return null;
        }
    }
}
