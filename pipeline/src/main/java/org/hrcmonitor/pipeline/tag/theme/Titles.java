package org.hrcmonitor.pipeline.tag.theme;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the titles of laws and bodies in a Dutch sentence, whose words tag nothing: the labelling convention that a
 * law's or a body's title alone does not tag its subject ("de Wet gelijke behandeling van mannen en vrouwen" is not
 * about women, "de Raad voor Volksgezondheid en Samenleving verwijst" is not about health, "de Werkgroep
 * Jeugdgezondheidszorg" is not about children).
 *
 * <p>A title starts at a capitalised head word ("Wet", "Raad") or a capitalised compound ending in one
 * ("Ambtenarenwet", "Expertisecentrum": a name of its own, which runs on only when a capitalised word follows; at the
 * start of a sentence, where every word has a capital, only the head word itself), or at a lower-case law word after
 * a capitalised one ("de Algemene wet"). It runs on over capitalised words and the joining words between them
 * ("voor", "en": "het Expertisecentrum Mensenhandel en Mensensmokkel"); from a law word also over lower-case words,
 * as Dutch law titles are written ("Wet bescherming staatsgeheimen"), and so does a body's formal name after an
 * opening word ("het Comité inzake de rechtspositie van de vrouw"). It ends at punctuation, at a word that starts a
 * clause ("is", "dat") and after {@value #LONGEST} words.
 */
final class Titles {
    static final int LONGEST = 12;

    private final Set<String> laws;
    private final Set<String> bodies;
    private final Set<String> joins;
    private final Set<String> stops;
    private final Set<String> opens;

    Titles(Taxonomy taxonomy) {
        this.laws = Set.copyOf(taxonomy.titleWords("laws"));
        this.bodies = Set.copyOf(taxonomy.titleWords("bodies"));
        this.joins = Set.copyOf(taxonomy.titleWords("joins"));
        this.stops = Set.copyOf(taxonomy.titleWords("stops"));
        this.opens = Set.copyOf(taxonomy.titleWords("opens"));
    }

    /** The positions of the words that belong to a title. */
    Set<Integer> covered(List<WordForms.Word> words) {
        Set<Integer> covered = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            boolean law = startsTitle(words, i, laws);
            if (law || startsTitle(words, i, bodies)) {
                // a compound ("Ambtenarenwet") is a whole name unless capitalised words continue it
                boolean named = (law ? laws : bodies).contains(words.get(i).lower())
                        || i + 1 < words.size() && !words.get(i).pause() && capitalised(words.get(i + 1));
                int end = named ? end(words, i, law) : i + 1;
                for (int k = i; k < end; k++) {
                    covered.add(k);
                }
                i = end - 1;
            }
        }
        return covered;
    }

    private static boolean startsTitle(List<WordForms.Word> words, int i, Set<String> heads) {
        WordForms.Word word = words.get(i);
        if (!capitalised(word)) {
            return heads.contains(word.lower()) && i > 0 && capitalised(words.get(i - 1)) && i - 1 > 0;
        }
        return heads.contains(word.lower())
                || i > 0 && heads.stream().anyMatch(h -> word.lower().endsWith(h) && word.lower().length() > h.length());
    }

    /**
     * Where the title starting at {@code start} ends (exclusive). A law named inside it starts a title of its own,
     * which may be as long again ("de Wijzigingswet Burgerlijk Wetboek en Ambtenarenwet ivm verbod tot ...").
     */
    private int end(List<WordForms.Word> words, int start, boolean lowerCaseRuns) {
        int end = start + 1;
        int from = start;
        for (int j = start + 1; j < words.size() && j - from < LONGEST && !words.get(j - 1).pause(); j++) {
            WordForms.Word word = words.get(j);
            if (stops.contains(word.lower())) {
                break;
            }
            if (startsTitle(words, j, laws)) {
                from = j;
                lowerCaseRuns = true;
            }
            if (capitalised(word) || lowerCaseRuns) {
                end = j + 1;
            } else if (opens.contains(word.lower())) {
                lowerCaseRuns = true;
            } else if (!joins.contains(word.lower())) {
                break;
            }
        }
        return end;
    }

    private static boolean capitalised(WordForms.Word word) {
        return Character.isUpperCase(word.surface().charAt(0));
    }
}
