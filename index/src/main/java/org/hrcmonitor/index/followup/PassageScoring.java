package org.hrcmonitor.index.followup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hrcmonitor.pipeline.document.Span;

/**
 * Scores every passage of one document by what it shares with a commitment, and keeps the best ones that do not
 * overlap.
 *
 * <p>The score puts <em>what</em> before <em>who</em>: a co-sponsor list naming the Netherlands and Canada says
 * nothing about a resolution on press freedom unless that resolution is its subject. So {@code what} (0.7 × the
 * share of the key terms' weight found, 0.3 × the share of the themes' weight addressed; weights are inverse
 * frequencies over documents and sections, so "New" counts less than "mandaatverlenging" and the Council's own
 * theme, which every session record addresses, less than freedom of expression) is multiplied by {@code 0.5 + 0.5
 * × who}, where {@code who} averages whether the author is named, and which share of the partners and of the other
 * countries. A commitment that names no one is scored on {@code what} alone. Scores lie in [0, 1].
 */
final class PassageScoring {
    /** Passages below this are not listed at all. */
    static final double LISTED = 0.25;
    private static final double TERMS = 0.7;
    private static final double THEMES = 0.3;
    private static final int WORDS_PER_REASON = 3;
    /** What an author reason shows when the author wrote the passage rather than named itself in it. */
    static final String AUTHOR_WRITES = "writes the document";

    /**
     * A passage around sentence {@code center}, its score and why; {@code focus} counts the cues found in the
     * center sentence itself, which decides between overlapping passages of equal score.
     */
    record Scored(Span center, Span window, double score, int focus, List<Reason> reasons) {}

    private final List<Cue> cues;
    private final double[] weights;

    /** @param weights one per cue: how much finding it counts among cues of its kind */
    PassageScoring(List<Cue> cues, double[] weights) {
        this.cues = cues;
        this.weights = weights.clone();
    }

    /**
     * The best non-overlapping passages of a text, at most {@code limit}, best first.
     *
     * @param sentences the text's sentences ({@link Passages#sentences})
     * @param byAuthor whether the commitment's author wrote the text (a later letter of the same government), which
     *                 then need not name itself to count as the author reporting
     */
    List<Scored> best(String text, List<Span> sentences, Map<Integer, List<Span>> matches, boolean byAuthor,
                      int limit) {
        List<Scored> all = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Span window = Passages.window(sentences, i);
            Scored s = score(text, sentences.get(i), window, matches, byAuthor, false);
            if (s.score() >= LISTED) {
                all.add(s);
            }
        }
        all.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(Comparator.comparingInt(Scored::focus).reversed())
                .thenComparingInt(s -> s.center().start()));
        List<Scored> kept = new ArrayList<>();
        for (Scored s : all) {
            if (kept.size() < limit && kept.stream().noneMatch(k -> overlap(k.window(), s.window()))) {
                kept.add(s);
            }
        }
        return kept.stream().map(s -> score(text, s.center(), s.window(), matches, byAuthor, true)).toList();
    }

    /** The passage around one sentence, scored and explained; also for evidence that staff named by id. */
    Scored score(String text, Span center, Span window, Map<Integer, List<Span>> matches, boolean byAuthor) {
        return score(text, center, window, matches, byAuthor, true);
    }

    /** Scored; with reasons only if {@code explain}, since collecting words for every passage of a report is slow. */
    private Scored score(String text, Span center, Span window, Map<Integer, List<Span>> matches, boolean byAuthor,
                         boolean explain) {
        double termsFound = 0;
        double termsAll = 0;
        double themesFound = 0;
        double themesAll = 0;
        int[] found = new int[Cue.Kind.values().length];
        int[] all = new int[Cue.Kind.values().length];
        List<Reason> reasons = new ArrayList<>();
        Set<String> termValues = new LinkedHashSet<>();
        Set<String> termWords = new LinkedHashSet<>();
        int focus = 0;
        for (int c = 0; c < cues.size(); c++) {
            Cue cue = cues.get(c);
            List<Span> at = matches.getOrDefault(c, List.of());
            Set<String> words = explain ? wordsWithin(text, at, window)
                    : present(at, window) ? Set.of("") : Set.of();
            if (byAuthor && cue.kind() == Cue.Kind.AUTHOR && words.isEmpty()) {
                words = Set.of(AUTHOR_WRITES);
            }
            focus += present(at, center) ? 1 : 0;
            all[cue.kind().ordinal()]++;
            if (cue.kind() == Cue.Kind.TERM) {
                termsAll += weights[c];
            } else if (cue.kind() == Cue.Kind.THEME) {
                themesAll += weights[c];
            }
            if (words.isEmpty()) {
                continue;
            }
            found[cue.kind().ordinal()]++;
            if (cue.kind() == Cue.Kind.TERM) {
                termsFound += weights[c];
                termValues.add(cue.value());
                termWords.addAll(words);
            } else {
                themesFound += cue.kind() == Cue.Kind.THEME ? weights[c] : 0;
                reasons.add(new Reason(cue.kind().id(), cue.value(), words.stream().limit(WORDS_PER_REASON).toList()));
            }
        }
        if (!termValues.isEmpty()) {
            reasons.add(new Reason("terms", String.join(", ", termValues), termWords.stream().toList()));
        }
        double what = weighted(termsAll > 0 ? termsFound / termsAll : -1, TERMS,
                themesAll > 0 ? themesFound / themesAll : -1, THEMES);
        List<Double> who = new ArrayList<>();
        for (Cue.Kind k : List.of(Cue.Kind.AUTHOR, Cue.Kind.PARTNER, Cue.Kind.COUNTRY)) {
            if (all[k.ordinal()] > 0) {
                who.add(share(found, all, k));
            }
        }
        double score = who.isEmpty() ? what
                : what * (0.5 + 0.5 * who.stream().mapToDouble(Double::doubleValue).average().orElse(0));
        return new Scored(center, window, score, focus, reasons);
    }

    /** The mean of the parts that apply (a part of -1 does not), each with its weight. */
    private static double weighted(double a, double weightA, double b, double weightB) {
        double sum = (a < 0 ? 0 : a * weightA) + (b < 0 ? 0 : b * weightB);
        double weights = (a < 0 ? 0 : weightA) + (b < 0 ? 0 : weightB);
        return weights == 0 ? 0 : sum / weights;
    }

    private static double share(int[] found, int[] all, Cue.Kind kind) {
        return all[kind.ordinal()] == 0 ? -1 : (double) found[kind.ordinal()] / all[kind.ordinal()];
    }

    private static boolean present(List<Span> matches, Span window) {
        int i = firstAtOrAfter(matches, window.start());
        for (; i < matches.size() && matches.get(i).start() < window.end(); i++) {
            if (matches.get(i).end() <= window.end()) {
                return true;
            }
        }
        return false;
    }

    /** The distinct words (as the text writes them) of the matches inside the window. */
    private static Set<String> wordsWithin(String text, List<Span> matches, Span window) {
        Set<String> words = new LinkedHashSet<>();
        int i = firstAtOrAfter(matches, window.start());
        for (; i < matches.size() && matches.get(i).start() < window.end(); i++) {
            if (matches.get(i).end() <= window.end()) {
                words.add(matches.get(i).of(text).replaceAll("\\s+", " "));
            }
        }
        return words;
    }

    private static int firstAtOrAfter(List<Span> sorted, int offset) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean overlap(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
