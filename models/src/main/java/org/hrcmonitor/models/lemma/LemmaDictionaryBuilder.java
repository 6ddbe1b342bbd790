package org.hrcmonitor.models.lemma;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hrcmonitor.models.conllu.UdSentence;
import org.hrcmonitor.models.conllu.UdToken;

/**
 * Builds the {@link LemmaDictionary} table from treebank sentences: for every (lowercased form, tag) the lemma
 * the annotators chose most often (ties: alphabetically first, so the output is reproducible), with the
 * number of times the pair occurred. Lines are written sorted, so the same data gives the same file.
 */
public final class LemmaDictionaryBuilder {

    /** (form, tag) → lemma → count, sorted so that writing is deterministic. */
    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();

    public LemmaDictionaryBuilder add(Iterable<UdSentence> sentences) {
        for (UdSentence sentence : sentences) {
            for (UdToken token : sentence.tokens()) {
                String key = token.form().toLowerCase(Locale.ROOT) + '\t' + token.upos();
                counts.computeIfAbsent(key, k -> new HashMap<>()).merge(token.lemma(), 1, Integer::sum);
            }
        }
        return this;
    }

    /** Writes the table; returns the number of entries. */
    public int write(Writer out) throws IOException {
        for (Map.Entry<String, Map<String, Integer>> entry : counts.entrySet()) {
            Map<String, Integer> lemmas = entry.getValue();
            String best = lemmas.entrySet().stream()
                    .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                            .thenComparing(Map.Entry::getKey))
                    .orElseThrow().getKey();
            int total = lemmas.values().stream().mapToInt(Integer::intValue).sum();
            out.write(entry.getKey() + '\t' + best + '\t' + total + '\n');
        }
        out.flush();
        return counts.size();
    }
}
