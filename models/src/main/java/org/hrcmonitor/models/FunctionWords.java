package org.hrcmonitor.models;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A quick first opinion on a text's language from its commonest little words, which settles the plain cases so that
 * the statistical detector only sees the doubtful ones.
 *
 * <p>Ordinary prose in Dutch or English is dense with words of its own ("het", "een", "wordt"; "the", "which",
 * "been") and nearly free of the other's. Each list holds only words that its language uses often and the other
 * languages listed here hardly at all, so a word shared by two of them ("de", "en", "in", "is", "die") counts for
 * none. Rival languages are listed not to be named, only to hold a vote back: a text with many French, German,
 * Afrikaans, Frisian, Nordic or Finnish words gets no opinion and goes to the detector.
 */
final class FunctionWords {
    /** Fewer hits than this, and the text is too short or too odd (tables, names, numbers) to judge by its words. */
    static final int MIN_HITS = 8;
    /** The winner must have this many times the hits of every other language listed. */
    static final int MARGIN = 4;

    private static final Map<String, Set<String>> WORDS = Map.ofEntries(
            Map.entry("en", Set.of("the", "and", "to", "that", "which", "with", "for", "on", "are", "be", "by",
                    "this", "has", "have", "were", "from", "its", "their", "been", "shall", "should", "would", "will",
                    "not", "or", "such", "all", "these")),
            Map.entry("nl", Set.of("het", "een", "van", "dat", "niet", "voor", "met", "zijn", "wordt", "worden",
                    "ook", "bij", "naar", "deze", "aan", "door", "heeft", "hebben", "nog", "zich", "wij", "uit",
                    "maar", "tot", "dit", "werd", "kunnen", "zal", "onder")),
            Map.entry("fr", Set.of("le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "que",
                    "sur", "par", "au", "aux", "pas", "ce", "sont", "avec", "il", "ne", "nous")),
            Map.entry("es", Set.of("el", "los", "las", "del", "y", "por", "con", "una", "para", "es", "se", "como",
                    "su", "lo", "más", "sus")),
            Map.entry("pt", Set.of("os", "da", "das", "dos", "em", "um", "uma", "não", "com", "ao", "pelo", "pela",
                    "são")),
            Map.entry("it", Set.of("il", "di", "che", "della", "delle", "sono", "gli", "nel", "alla", "è")),
            Map.entry("de", Set.of("der", "und", "ist", "nicht", "mit", "ein", "eine", "für", "auf", "dem", "von",
                    "zu", "sich", "auch", "wird", "sind", "das", "es")),
            Map.entry("af", Set.of("nie", "hulle", "jy", "sal", "deur", "vir", "hierdie")),
            Map.entry("fy", Set.of("fan", "yn", "wurdt", "wurde", "hawwe", "binne", "troch", "foar", "oer")),
            Map.entry("fi", Set.of("ja", "on", "että", "ei", "se", "myös", "tai", "kun", "joka", "mutta", "ovat")),
            Map.entry("nordic", Set.of("och", "att", "är", "av", "till", "på", "det", "som", "inte", "jag", "og",
                    "ikke", "af", "til", "har")));
    /** Word to the languages listing it; a word listed twice belongs to neither. */
    private static final Map<String, String> OWNER = owners();

    private FunctionWords() {}

    /** {@code nl} or {@code en} when the text's little words leave no doubt, else empty. */
    static Optional<String> plainly(CharSequence text) {
        Map<String, Integer> hits = new HashMap<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start > 0 && i - start <= 7) {
                String owner = OWNER.get(text.subSequence(start, i).toString().toLowerCase(Locale.ROOT));
                if (owner != null) {
                    hits.merge(owner, 1, Integer::sum);
                }
            }
        }
        for (String candidate : new String[] {"en", "nl"}) {
            int own = hits.getOrDefault(candidate, 0);
            if (own >= MIN_HITS && hits.entrySet().stream()
                    .allMatch(e -> e.getKey().equals(candidate) || e.getValue() * MARGIN <= own)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> owners() {
        Map<String, String> owner = new HashMap<>();
        Set<String> shared = new HashSet<>();
        WORDS.forEach((language, words) -> words.forEach(w -> {
            if (owner.putIfAbsent(w, language) != null) {
                shared.add(w);
            }
        }));
        shared.forEach(owner::remove);
        return Map.copyOf(owner);
    }
}
