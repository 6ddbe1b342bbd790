package org.hrcmonitor.models.conllu;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import opennlp.tools.lemmatizer.LemmaSample;
import opennlp.tools.postag.POSSample;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.tokenize.TokenSample;
import opennlp.tools.util.Span;

/** Turns treebank sentences into the sample types OpenNLP trains and evaluates on. */
public final class OpenNlpSamples {

    private OpenNlpSamples() {
    }

    /**
     * One sample per paragraph: consecutive sentences with the same paragraph id, their {@code # text}
     * joined by a space. A sentence detector needs to see sentences follow each other; one sentence per
     * sample would only teach it that every text ends with a sentence. Sentences without text are skipped.
     */
    public static List<SentenceSample> sentences(List<UdSentence> sentences) {
        List<SentenceSample> samples = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        String paragraph = null;
        for (UdSentence sentence : sentences) {
            if (sentence.text() == null) {
                continue;
            }
            if (!sentence.paragraphId().equals(paragraph) && !spans.isEmpty()) {
                samples.add(new SentenceSample(text.toString(), spans.toArray(Span[]::new)));
                text.setLength(0);
                spans.clear();
            }
            paragraph = sentence.paragraphId();
            if (text.length() > 0) {
                text.append(' ');
            }
            spans.add(new Span(text.length(), text.length() + sentence.text().length()));
            text.append(sentence.text());
        }
        if (!spans.isEmpty()) {
            samples.add(new SentenceSample(text.toString(), spans.toArray(Span[]::new)));
        }
        return samples;
    }

    /** One sample per sentence: the text rebuilt from words and SpaceAfter flags, with the word spans. */
    public static List<TokenSample> tokens(List<UdSentence> sentences) {
        List<TokenSample> samples = new ArrayList<>(sentences.size());
        for (UdSentence sentence : sentences) {
            String text = sentence.surface();
            Span[] spans = new Span[sentence.tokens().size()];
            int at = 0;
            for (int i = 0; i < spans.length; i++) {
                String form = sentence.tokens().get(i).form();
                at = text.indexOf(form, at);
                spans[i] = new Span(at, at + form.length());
                at += form.length();
            }
            samples.add(new TokenSample(text, spans));
        }
        return samples;
    }

    public static List<POSSample> pos(List<UdSentence> sentences) {
        List<POSSample> samples = new ArrayList<>(sentences.size());
        for (UdSentence sentence : sentences) {
            samples.add(new POSSample(forms(sentence), column(sentence, UdToken::upos)));
        }
        return samples;
    }

    /**
     * Lemma samples with the given tags instead of the gold ones when {@code tags} is not null: evaluating
     * with the tagger's own output measures what the pipeline will get.
     */
    public static List<LemmaSample> lemmas(List<UdSentence> sentences, List<String[]> tags) {
        List<LemmaSample> samples = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            UdSentence sentence = sentences.get(i);
            String[] sentenceTags = tags == null ? column(sentence, UdToken::upos) : tags.get(i);
            samples.add(new LemmaSample(forms(sentence), sentenceTags, column(sentence, UdToken::lemma)));
        }
        return samples;
    }

    public static String[] forms(UdSentence sentence) {
        return column(sentence, UdToken::form);
    }

    private static String[] column(UdSentence sentence, Function<UdToken, String> field) {
        return sentence.tokens().stream().map(field).toArray(String[]::new);
    }
}
