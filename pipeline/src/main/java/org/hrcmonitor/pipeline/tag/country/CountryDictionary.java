package org.hrcmonitor.pipeline.tag.country;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.StringList;
import org.hrcmonitor.models.Language;
import org.hrcmonitor.models.LanguageModels;

/**
 * The gazetteer as an OpenNLP dictionary: finds names in a sentence's tokens, longest match first.
 *
 * <p>A name can only match tokens cut the way the document's tokenizer cuts them, and the English and Dutch models
 * cut differently ("Saoedi-Arabië" is one Dutch token but two English ones). So each name is entered as each
 * model tokenizes it. Matching is case-sensitive: capitals tell "Turkey" and "Chad" from "turkey" and "chad".
 * Thread-safe once built: the finder keeps no state between calls.
 */
final class CountryDictionary {
    /** A name found over tokens {@code [first, end)} of a sentence. */
    record Match(int first, int end, GazetteerName name) {
    }

    private final Map<String, GazetteerName> byTokens = new HashMap<>();
    /**
     * The same name in one language, where the languages differ: bare "Congo" is the Republic of the Congo in UN
     * English but the DRC, the former Belgian colony, in Dutch and Belgian text.
     */
    private final Map<String, GazetteerName> byLanguageAndTokens = new HashMap<>();
    /**
     * Tokens a name can start with, and the most tokens of a name starting with each: only there is the finder asked,
     * since it is costly, and not at all where every such name is that one token ("Syrië", "Iraanse").
     */
    private final Map<String, Integer> longestFrom = new HashMap<>();
    private final Set<String> nameTokens = new HashSet<>();
    private final DictionaryNameFinder finder;

    CountryDictionary(Gazetteer gazetteer, LanguageModels models) {
        Dictionary dictionary = new Dictionary(true);
        List<Tokenizer> tokenizers = List.of(models.tokenizer(Language.EN), models.tokenizer(Language.NL));
        for (GazetteerName name : gazetteer.names()) {
            for (Tokenizer tokenizer : tokenizers) {
                String[] tokens = tokenizer.tokenize(name.text());
                byLanguageAndTokens.putIfAbsent(name.language() + "\t" + key(tokens), name);
                if (byTokens.putIfAbsent(key(tokens), name) == null) {
                    dictionary.put(new StringList(tokens));
                    longestFrom.merge(tokens[0], tokens.length, Math::max);
                    nameTokens.addAll(Arrays.asList(tokens));
                }
            }
        }
        finder = new DictionaryNameFinder(dictionary, "country");
    }

    /**
     * The names among a sentence's tokens, left to right, none overlapping, the longest where names overlap.
     *
     * <p>The finder tries every span from every start and builds an interned {@code StringList} for each, which made
     * it the costliest step of ingestion; so it is given only the few tokens from each position where a name can
     * start. Scanning left to right and skipping past each match gives what it finds over the whole sentence.
     * A name the text's language has of its own is read that way; otherwise any language's reading counts.
     */
    List<Match> find(String[] tokens, String language) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            int longest = longestFrom.getOrDefault(tokens[i], 0);
            int end = longest == 0 ? i : longest == 1 ? i + 1 : longestMatchAt(tokens, i, longest);
            if (end > i) {
                String key = key(Arrays.copyOfRange(tokens, i, end));
                matches.add(new Match(i, end, byLanguageAndTokens.getOrDefault(language + "\t" + key,
                        byTokens.get(key))));
                i = end;
            } else {
                i++;
            }
        }
        return matches;
    }

    /** Whether some name has this token as it stands ("People's" in "Democratic People's Republic of Korea"). */
    boolean inAName(String token) {
        return nameTokens.contains(token);
    }

    /** The end of the longest name starting at token {@code start}, or {@code start} if none does. */
    private int longestMatchAt(String[] tokens, int start, int longest) {
        String[] window = Arrays.copyOfRange(tokens, start, Math.min(tokens.length, start + longest));
        for (opennlp.tools.util.Span span : finder.find(window)) {
            if (span.getStart() == 0) {
                return start + span.getEnd();
            }
        }
        return start;
    }

    private static String key(String[] tokens) {
        return String.join(" ", tokens);
    }
}
