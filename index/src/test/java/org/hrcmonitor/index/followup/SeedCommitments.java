package org.hrcmonitor.index.followup;

import java.util.ArrayList;
import java.util.List;
import org.hrcmonitor.pipeline.document.Commitment;
import org.hrcmonitor.pipeline.document.CountryMention;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Sentence;
import org.hrcmonitor.pipeline.document.Span;
import org.hrcmonitor.pipeline.document.ThemeTag;
import org.hrcmonitor.pipeline.document.TimeFrame;

/**
 * Commitments put on an annotated document by hand, as an extractor would put them: the sentence holding a phrase,
 * with that sentence's tagged countries and themes. Lets follow-up be tested on real letters without depending on
 * how well extraction does.
 */
final class SeedCommitments {
    private final Document doc;
    private final List<Commitment> commitments = new ArrayList<>();

    SeedCommitments(Document doc) {
        this.doc = doc;
    }

    /** A commitment on the sentence containing {@code phrase}, with id {@code id}. */
    SeedCommitments add(String id, String phrase, String actor, String action, List<String> partners,
                        TimeFrame timeframe) {
        int at = doc.text().indexOf(phrase);
        if (at < 0) {
            throw new IllegalArgumentException("not in " + doc.path() + ": " + phrase);
        }
        Span sentence = doc.sentences().stream().map(Sentence::span)
                .filter(s -> s.start() <= at && at < s.end()).findFirst().orElseThrow();
        List<String> countries = doc.countries().stream().filter(m -> within(m.span(), sentence))
                .map(CountryMention::code).distinct().toList();
        List<String> themes = doc.themes().stream().filter(t -> t.sentence().equals(sentence))
                .map(ThemeTag::theme).distinct().toList();
        commitments.add(new Commitment(id, sentence, actor, action, partners, timeframe, List.of(), countries, themes));
        return this;
    }

    Document done() {
        return doc.withCommitments(commitments);
    }

    private static boolean within(Span s, Span outer) {
        return s.start() >= outer.start() && s.end() <= outer.end();
    }
}
