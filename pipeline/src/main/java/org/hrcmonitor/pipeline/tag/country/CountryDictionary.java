package org.hrcmonitor.pipeline.tag.country;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final DictionaryNameFinder finder;

    CountryDictionary(Gazetteer gazetteer, LanguageModels models) {
        Dictionary dictionary = new Dictionary(true);
        List<Tokenizer> tokenizers = List.of(models.tokenizer(Language.EN), models.tokenizer(Language.NL));
        for (GazetteerName name : gazetteer.names()) {
            for (Tokenizer tokenizer : tokenizers) {
                String[] tokens = tokenizer.tokenize(name.text());
                if (byTokens.putIfAbsent(key(tokens), name) == null) {
                    dictionary.put(new StringList(tokens));
                }
            }
        }
        finder = new DictionaryNameFinder(dictionary, "country");
    }

    /** The names among a sentence's tokens, left to right, none overlapping. */
    List<Match> find(String[] tokens) {
        List<Match> matches = new ArrayList<>();
        for (opennlp.tools.util.Span span : finder.find(tokens)) {
            String[] found = java.util.Arrays.copyOfRange(tokens, span.getStart(), span.getEnd());
            matches.add(new Match(span.getStart(), span.getEnd(), byTokens.get(key(found))));
        }
        return matches;
    }

    private static String key(String[] tokens) {
        return String.join(" ", tokens);
    }
}
