package org.hrcmonitor.pipeline.tag.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.hrcmonitor.models.Language;
import org.hrcmonitor.models.LanguageModels;
import org.hrcmonitor.pipeline.annotate.Annotator;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Sentence;
import org.hrcmonitor.pipeline.document.ThemeTag;

/**
 * Tags each sentence with the themes whose terms it contains, in the sentence's own language (Dutch sentences with
 * the Dutch terms, all others with the English ones).
 *
 * <p>A theme's score is {@code 1 - 1/2^n} for n distinct matching terms: one clear mention gives 0.5, more
 * terms make it surer. Named instruments follow the labelling convention that a title alone does not tag its
 * subject: words inside an instrument's name never count as terms; the name tags {@code un-mechanisms}, and its
 * subject only when the sentence is not about the instrument itself (no cue such as "ratify" or "voorbehoud").
 * Within a sentence a term inside a longer term does not count (see {@link #insideLonger}), nor does one inside a
 * name that tags nothing (a ministry's). A body's name ("Mensenrechtenraad") tags its theme unless a venue word
 * before it ("in de", "via de") makes it only the place where something happens, and an election after a time word
 * ("tijdens de verkiezingen") only dates the sentence, and the words of a law's or body's title tag nothing (see
 * {@link Titles}) unless the title is itself a term written with a capital, a body's defined name ("de Commissie
 * gelijke behandeling", the College's predecessor). Everyday words ("vrouw", "kind",
 * "school") count only in a sentence about rights or policy (see {@link Context}) or in a list item of a law, read as
 * its article (see {@link ListItems}), and some working words of a theme only with a second term of it (see
 * {@link Corroborated}).
 * Needs the sentence layer; a document without sentences gets no themes. Thread-safe; the taxonomy is compiled once
 * per instance.
 */
public final class ThemeAnnotator implements Annotator {
    static final String MECHANISMS = "un-mechanisms";

    private final List<String> themeOrder;
    private final List<Residual> residuals;
    private final List<Corroborated> corroborated;
    private final WordForms forms;
    private final TermIndex dutch;
    private final TermIndex english;
    private final Preceding venues;
    private final Preceding times;
    private final Set<String> timeTerms;
    private final Set<String> outcomes;
    private final Context context;
    private final Titles titles;
    private final ListItems listItems;

    /** The shipped taxonomy with the shared Dutch lemma table. */
    public ThemeAnnotator() {
        this(Taxonomy.standard(), LanguageModels.shared());
    }

    public ThemeAnnotator(Taxonomy taxonomy, LanguageModels models) {
        this.themeOrder = taxonomy.themes().stream().map(Theme::id).toList();
        this.residuals = taxonomy.residuals();
        this.corroborated = taxonomy.corroborated();
        this.forms = new WordForms(models.lemmaTable(Language.NL).orElse(null));
        this.dutch = new TermIndex(taxonomy, forms, true);
        this.english = new TermIndex(taxonomy, forms, false);
        this.venues = Preceding.venues(taxonomy, forms);
        this.times = Preceding.times(taxonomy, forms);
        this.timeTerms = Set.copyOf(taxonomy.timeTerms());
        this.outcomes = forms.formsOf(taxonomy.timeOutcomes(), true);
        this.context = new Context(taxonomy, forms);
        this.titles = new Titles(taxonomy);
        this.listItems = new ListItems(taxonomy, forms);
    }

    @Override
    public Document annotate(Document doc) {
        List<ThemeTag> tags = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            Map<String, Set<String>> terms = themeTerms(doc.textOf(sentence.span()), "nl".equals(sentence.language()));
            for (String theme : themeOrder) {
                Set<String> found = terms.get(theme);
                if (found != null) {
                    tags.add(new ThemeTag(sentence.span(), theme, 1 - Math.pow(0.5, found.size())));
                }
            }
        }
        return doc.withThemes(tags);
    }

    /** The distinct terms found per theme in one sentence. */
    Map<String, Set<String>> themeTerms(String sentence, boolean isDutch) {
        List<WordForms.Word> words = forms.words(sentence, isDutch);
        List<TermIndex.Match> matches = (isDutch ? dutch : english).find(words);
        boolean aboutInstrument = matches.stream().anyMatch(m -> m.term().kind() == TermIndex.Kind.CUE);
        Set<Integer> inTitles = new HashSet<>();
        matches.stream()
                .filter(m -> m.term().kind() == TermIndex.Kind.INSTRUMENT || m.term().kind() == TermIndex.Kind.NAME)
                .forEach(m -> { for (int i = m.from(); i < m.to(); i++) inTitles.add(i); });
        Set<Integer> inLawsAndBodies = isDutch ? titles.covered(words) : Set.of();
        Map<String, Set<String>> terms = new HashMap<>();
        for (TermIndex.Match m : matches) {
            switch (m.term().kind()) {
                case CUE, NAME -> { }
                case BODY -> {
                    // "het College" inside "het College van procureurs-generaal" is that other body's name
                    if (IntStream.range(m.from(), m.to()).noneMatch(inTitles::contains)
                            && !venues.before(words, m.from(), isDutch)) {
                        add(terms, m.term().theme(), m);
                    }
                }
                case INSTRUMENT -> {
                    add(terms, MECHANISMS, m);
                    if (!aboutInstrument) {
                        add(terms, m.term().theme(), m);
                    }
                }
                case TERM -> {
                    if (!inTitles.contains(m.from()) && !(inLawsAndBodies.contains(m.from()) && !m.term().cased())
                            && !insideLonger(m, matches) && !dates(m, words, isDutch)) {
                        add(terms, m.term().theme(), m);
                    }
                }
            }
        }
        if (isDutch && ListItems.starts(words)) {
            listItems.apply(terms, words, inLawsAndBodies);
        } else {
            context.apply(terms, words, isDutch);
        }
        corroborated.forEach(c -> c.apply(terms));
        residuals.forEach(r -> r.apply(terms));
        return terms;
    }

    /**
     * Whether a longer term covers this one: "education" in "human rights education", "equality" in "gender
     * equality" and "discrimination" in "discrimination against women" name the longer term's topic, and
     * "rights defender" in "human rights defender" is the same mention, not a second one. A longer term found as the
     * head of a compound does not cover the compound's other part: "discriminatie" in "discriminatieofficier van
     * justitie" is a mention of its own. A word that is a term as it stands is one mention of its theme, not one more
     * for each of the theme's terms inside it ("strafrecht" in "strafrechtelijk").
     */
    private static boolean insideLonger(TermIndex.Match m, List<TermIndex.Match> matches) {
        return matches.stream().anyMatch(o -> o.term().kind() == TermIndex.Kind.TERM
                && o.from() <= m.from() && o.to() >= m.to() && (o.to() - o.from() > m.to() - m.from()
                        && !(o.inCompound() && o.from() == m.from())
                    || m.inCompound() && !o.inCompound() && o.to() - o.from() == m.to() - m.from()
                        && Objects.equals(o.term().theme(), m.term().theme())));
    }

    /**
     * Whether an election only dates the sentence: "tijdens de verkiezingen verklaarde hij", but not "sinds de
     * verkiezingen heeft de partij één zetel", which speaks of the outcome.
     */
    private boolean dates(TermIndex.Match m, List<WordForms.Word> words, boolean isDutch) {
        return timeTerms.contains(m.term().text()) && times.before(words, m.from(), isDutch)
                && words.stream().noneMatch(w -> outcomes.contains(w.form()));
    }

    private static void add(Map<String, Set<String>> terms, String theme, TermIndex.Match m) {
        if (theme != null) {
            terms.computeIfAbsent(theme, k -> new HashSet<>()).add(m.term().text());
        }
    }
}
