package org.hrcmonitor.pipeline.tag.country;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
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
    private static final Pattern JOINER = Pattern.compile("[-/]");
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
            mentions.addAll(mentions(doc, sentence.language(), tokens.subList(first, next)));
        }
        mentions.sort(Comparator.comparingInt(m -> m.span().start()));
        return doc.withCountries(mentions);
    }

    private List<CountryMention> mentions(Document doc, String language, List<Span> sentenceTokens) {
        List<String> words = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (Span token : sentenceTokens) {
            String word = doc.textOf(token);
            // both tokenizers keep a possessive on its noun ("Egypt's", "Egypt’s"); the name is the noun
            if (isPossessive(word) && !dictionary.inAName(word)) {
                word = word.substring(0, word.length() - 2);
                token = new Span(token.start(), token.end() - 2);
            }
            // the Dutch tokenizer keeps a sentence's full stop on an abbreviation ("in de VS.")
            if (word.length() > 2 && word.endsWith(".") && !dictionary.inAName(word)
                    && dictionary.inAName(word.substring(0, word.length() - 1))) {
                word = word.substring(0, word.length() - 1);
                token = new Span(token.start(), token.end() - 1);
            }
            if (isJoined(word) && !dictionary.inAName(word)) {
                splitCompound(word, token, words, spans);
            } else {
                words.add(word);
                spans.add(token);
            }
        }
        return found(words.toArray(String[]::new), spans, language);
    }

    /** "Egypt's", "Egypt’s": checked on every token, so by hand rather than by a regular expression. */
    private static boolean isPossessive(String word) {
        int n = word.length();
        return n > 2 && word.charAt(n - 1) == 's' && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '’');
    }

    /**
     * A hyphen or slash with something beside it ("China-beleid", "Britse/Nederlandse"), not a lone dash; the English
     * tokenizer cuts "Brits-Indië" into "Brits" and "-Indië".
     */
    private static boolean isJoined(String word) {
        return word.length() > 1 && (word.indexOf('-') >= 0 || word.indexOf('/') >= 0);
    }

    /**
     * A Dutch compound joined by hyphens ("China-beleid", "EU-Turkije-akkoord") is one token, and so are words joined
     * by a slash ("Britse/Nederlandse"), so their parts are looked up one by one, each joiner a token of its own;
     * names that contain a hyphen themselves ("Saoedi-Arabië") were kept whole above.
     */
    private static void splitCompound(String word, Span token, List<String> words, List<Span> spans) {
        Matcher joiner = JOINER.matcher(word);
        int from = 0;
        while (true) {
            boolean found = joiner.find();
            int end = found ? joiner.start() : word.length();
            if (end > from) {
                words.add(word.substring(from, end));
                spans.add(new Span(token.start() + from, token.start() + end));
            }
            if (!found) {
                return;
            }
            words.add(joiner.group());
            spans.add(new Span(token.start() + end, token.start() + end + 1));
            from = end + 1;
        }
    }

    private List<CountryMention> found(String[] words, List<Span> spans, String language) {
        List<CountryMention> mentions = new ArrayList<>();
        for (CountryDictionary.Match match : ContextRules.countries(dictionary.find(words, language), words)) {
            Span span = new Span(spans.get(match.first()).start(), spans.get(match.end() - 1).end());
            mentions.add(new CountryMention(span, match.name().code()));
        }
        return mentions;
    }
}
