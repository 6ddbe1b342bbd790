package org.hrcmonitor.pipeline.commit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hrcmonitor.pipeline.annotate.Annotator;
import org.hrcmonitor.pipeline.document.Commitment;
import org.hrcmonitor.pipeline.document.CountryMention;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Sentence;
import org.hrcmonitor.pipeline.document.Span;
import org.hrcmonitor.pipeline.document.ThemeTag;
import org.hrcmonitor.pipeline.document.TimeFrame;

/**
 * Finds the sentences in which the author government commits to an action or position (see {@link Clauses}) and
 * describes each: actor, action, partners, time frame, quantities, and the countries and themes the earlier layers
 * found in the sentence.
 *
 * <p>Needs the sentence, token, country and theme layers, so it runs last. Only Dutch and English sentences are read.
 * Sentences without a word an author phrase is built on ("kabinet", "we", "Government", ...) are passed over after
 * a look at their tokens' letters; the others cost one pass over their tokens, and the details are computed for
 * commitments only. Stateless and thread-safe.
 */
public final class CommitmentAnnotator implements Annotator {

    @Override
    public Document annotate(Document doc) {
        List<Commitment> found = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Span> tokens = doc.tokens();
        int next = 0;
        for (Sentence sentence : doc.sentences()) {
            Span span = sentence.span();
            while (next < tokens.size() && tokens.get(next).start() < span.start()) {
                next++;
            }
            int first = next;
            boolean author = false;
            while (next < tokens.size() && tokens.get(next).end() <= span.end()) {
                author |= Author.isHeadWord(doc.text(), tokens.get(next).start(), tokens.get(next).end());
                next++;
            }
            boolean dutch = sentence.language().equals("nl");
            if (!author || !dutch && !sentence.language().equals("en")) {
                continue;
            }
            List<Span> sentenceTokens = tokens.subList(first, next);
            List<String> words = sentenceTokens.stream().map(doc::textOf).toList();
            List<String> lower = words.stream().map(String::toLowerCase).toList();
            Optional<Clauses.Clause> clause = Clauses.find(lower, dutch);
            if (clause.isPresent()) {
                Commitment c = describe(doc, span, sentenceTokens, words, clause.get(), dutch);
                if (ids.add(c.id())) {
                    found.add(c);
                }
            }
        }
        return doc.withCommitments(found);
    }

    private static Commitment describe(Document doc, Span span, List<Span> tokens, List<String> words,
                                       Clauses.Clause clause, boolean dutch) {
        String text = doc.textOf(span);
        Span actorSpan = new Span(tokens.get(clause.actorFrom()).start(), tokens.get(clause.actorTo() - 1).end());
        List<CountryMention> mentions = doc.countries().stream()
                .filter(m -> m.span().start() >= span.start() && m.span().end() <= span.end()).toList();
        List<String> partners = Partners.in(text, span.start(), mentions);
        Optional<TimeFrames.Found> when = TimeFrames.in(text, doc.date(), doc.text());
        int frameFrom = when.map(f -> span.start() + f.start()).orElse(-1);
        int frameTo = when.map(f -> span.start() + f.end()).orElse(-1);
        boolean[] skip = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Span t = tokens.get(i);
            boolean inFrame = t.start() >= frameFrom && t.end() <= frameTo;
            boolean partner = mentions.stream().anyMatch(m -> partners.contains(m.code())
                    && t.start() >= m.span().start() && t.end() <= m.span().end());
            skip[i] = inFrame || partner;
        }
        List<String> quantities = Quantities.in(text, when.map(TimeFrames.Found::start).orElse(0),
                when.map(TimeFrames.Found::end).orElse(0), !dutch);
        Set<String> countries = new LinkedHashSet<>();
        mentions.stream().filter(m -> !overlaps(m.span(), actorSpan)).forEach(m -> countries.add(m.code()));
        List<String> themes = doc.themes().stream().filter(t -> t.sentence().equals(span))
                .sorted(Comparator.comparingDouble(ThemeTag::score).reversed()).map(ThemeTag::theme).toList();
        TimeFrame frame = when.map(TimeFrames.Found::frame).orElse(null);
        return new Commitment(CommitmentIds.of(text, doc.date()), span, doc.textOf(actorSpan), Actions.of(words, clause, skip),
                partners, frame, quantities, List.copyOf(countries), themes);
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
