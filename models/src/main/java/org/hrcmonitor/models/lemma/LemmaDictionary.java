package org.hrcmonitor.models.lemma;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.lemmatizer.Lemmatizer;

/**
 * A lemmatizer that looks words up in a table derived from the training treebanks, about as fast as a
 * hash lookup (the statistical LemmatizerME manages ~10k tokens/s here).
 *
 * <p>Lookup order, each step only when the previous found nothing:
 * <ol>
 *   <li>lowercased form + POS tag;</li>
 *   <li>lowercased form under any tag (the tagger may have picked a tag the treebank never gave it);</li>
 *   <li>for open-class words, the longest known word the form ends with, same tag, with its lemma change
 *       applied to the whole form: Dutch writes compounds as one word, so an unseen
 *       {@code mensenrechtenschendingen} is lemmatized like {@code schendingen} → {@code schending};</li>
 *   <li>the form itself: unchanged for proper nouns, lowercased otherwise.</li>
 * </ol>
 * File format: UTF-8, one entry per line, {@code form TAB tag TAB lemma TAB count}; see {@link LemmaDictionaryBuilder}.
 * Immutable, so one instance serves all threads.
 */
public final class LemmaDictionary implements Lemmatizer {

    /** Shortest known word accepted as a compound head; shorter ones match too much by accident. */
    static final int MIN_HEAD = 4;
    private static final Set<String> OPEN_CLASSES = Set.of("NOUN", "VERB", "ADJ");

    private final Map<String, String> byFormAndTag;
    private final Map<String, String> byForm;

    private LemmaDictionary(Map<String, String> byFormAndTag, Map<String, String> byForm) {
        this.byFormAndTag = Map.copyOf(byFormAndTag);
        this.byForm = Map.copyOf(byForm);
    }

    public static LemmaDictionary read(InputStream in) throws IOException {
        Map<String, String> byFormAndTag = new HashMap<>();
        Map<String, String> byForm = new HashMap<>();
        Map<String, Integer> bestCount = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            String[] cols = line.split("\t");
            if (cols.length != 4) {
                throw new IOException("Bad lemma table line (want form, tag, lemma, count): " + line);
            }
            byFormAndTag.put(key(cols[0], cols[1]), cols[2]);
            int count = Integer.parseInt(cols[3]);
            if (count > bestCount.getOrDefault(cols[0], 0)) {
                bestCount.put(cols[0], count);
                byForm.put(cols[0], cols[2]);
            }
        }
        return new LemmaDictionary(byFormAndTag, byForm);
    }

    public int size() {
        return byFormAndTag.size();
    }

    /** Whether the table has this lower-case form as a word of its own (not only as the end of a compound). */
    public boolean knows(String lower) {
        return byForm.containsKey(lower);
    }

    public String lemma(String form, String tag) {
        String lower = form.toLowerCase(Locale.ROOT);
        String lemma = byFormAndTag.get(key(lower, tag));
        if (lemma == null) {
            lemma = byForm.get(lower);
        }
        if (lemma == null && OPEN_CLASSES.contains(tag)) {
            lemma = compoundLemma(lower, tag);
        }
        if (lemma == null) {
            lemma = "PROPN".equals(tag) ? form : lower;
        }
        return lemma;
    }

    /**
     * The lemma of a word seen without context (a search term, or a token the index analyses without tagging it):
     * the form's most frequent lemma, else that of its longest known ending (compounds), else null.
     */
    public String lemma(String form) {
        String lower = form.toLowerCase(Locale.ROOT);
        String lemma = byForm.get(lower);
        for (int start = 1; lemma == null && start <= lower.length() - MIN_HEAD; start++) {
            String head = byForm.get(lower.substring(start));
            if (head != null) {
                lemma = lower.substring(0, start) + head;
            }
        }
        return lemma == null ? null : lemma.toLowerCase(Locale.ROOT);
    }

    private String compoundLemma(String lower, String tag) {
        for (int start = 1; start <= lower.length() - MIN_HEAD; start++) {
            String headLemma = byFormAndTag.get(key(lower.substring(start), tag));
            if (headLemma != null) {
                return lower.substring(0, start) + headLemma.toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    @Override
    public String[] lemmatize(String[] tokens, String[] tags) {
        String[] lemmas = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lemmas[i] = lemma(tokens[i], tags[i]);
        }
        return lemmas;
    }

    /** One candidate per token, as the interface allows several: the table has exactly one. */
    @Override
    public List<List<String>> lemmatize(List<String> tokens, List<String> tags) {
        List<List<String>> lemmas = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            lemmas.add(List.of(lemma(tokens.get(i), tags.get(i))));
        }
        return lemmas;
    }

    private static String key(String lowerForm, String tag) {
        return lowerForm + '\t' + tag;
    }
}
