package org.hrcmonitor.pipeline.tag.country;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.hrcmonitor.models.LanguageModels;
import org.hrcmonitor.pipeline.annotate.Annotator;
import org.hrcmonitor.pipeline.document.CountryMention;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Sentence;
import org.hrcmonitor.pipeline.document.Span;

/**
 * Tags every country mention, in Dutch and English, with its ISO 3166-1 alpha-2 code and character offsets.
 *
 * <p>Works on the sentence and token layers, so it runs after
 * {@link org.hrcmonitor.pipeline.annotate.SentenceAnnotator}; a document without them gets no mentions. Each
 * sentence's tokens are looked up in the gazetteer (longest name first), {@link ContextRules} drop what names
 * something else (a person, a US state, a language, an organisation), and token indices are mapped back to
 * character offsets in the document's text. Only named countries count: "het Koninkrijk" or "the Government" alone
 * is not a mention, although in a Dutch letter it means the Netherlands. Cities are not countries, including those
 * named after one ("Mexico City"). Names in capitals only ("SYRIA") are not found; names are matched as written.
 *
 * <p>Thread-safe: the gazetteer is loaded once per instance and only read afterwards.
 */
public final class CountryAnnotator implements Annotator {
    private static final Pattern POSSESSIVE = Pattern.compile(".+['’]s");
    private final CountryDictionary dictionary;

    /** Tags with {@link Gazetteer#standard()}. */
    public CountryAnnotator() {
        this(Gazetteer.standard());
    }

    public CountryAnnotator(Gazetteer gazetteer) {
        this.dictionary = new CountryDictionary(gazetteer, LanguageModels.shared());
    }

    @Override
    public Document annotate(Document doc) {
        List<CountryMention> mentions = new ArrayList<>();
        List<Span> tokens = doc.tokens();
        int next = 0;
        for (Sentence sentence : doc.sentences()) {
            while (next < tokens.size() && tokens.get(next).start() < sentence.span().start()) {
                next++;
            }
            int first = next;
            while (next < tokens.size() && tokens.get(next).end() <= sentence.span().end()) {
                next++;
            }
            mentions.addAll(mentions(doc, tokens.subList(first, next)));
        }
        mentions.sort(Comparator.comparingInt(m -> m.span().start()));
        return doc.withCountries(mentions);
    }

    private List<CountryMention> mentions(Document doc, List<Span> sentenceTokens) {
        String[] words = new String[sentenceTokens.size()];
        int[] ends = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            String word = doc.textOf(sentenceTokens.get(i));
            ends[i] = sentenceTokens.get(i).end();
            // both tokenizers keep a possessive on its noun ("Egypt's", "Egypt’s"); the name is the noun
            if (word.length() > 2 && POSSESSIVE.matcher(word).matches() && !dictionary.inAName(word)) {
                word = word.substring(0, word.length() - 2);
                ends[i] -= 2;
            }
            words[i] = word;
        }
        List<CountryMention> mentions = new ArrayList<>();
        for (CountryDictionary.Match match : ContextRules.countries(dictionary.find(words), words)) {
            Span span = new Span(sentenceTokens.get(match.first()).start(), ends[match.end() - 1]);
            mentions.add(new CountryMention(span, match.name().code()));
        }
        return mentions;
    }
}
