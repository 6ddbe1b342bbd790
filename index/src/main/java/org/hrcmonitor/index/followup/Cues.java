package org.hrcmonitor.index.followup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hrcmonitor.index.IndexedCommitment;
import org.hrcmonitor.pipeline.tag.theme.Taxonomy;
import org.hrcmonitor.pipeline.tag.theme.Theme;

/**
 * Everything a commitment's evidence may share with it, as {@link Cue}s: who (the author, the partners, the
 * countries it names) and what (its themes with all their terms, its key terms with their translations).
 *
 * <p>The author is the government writing: the country the actor names ("the Netherlands"), else, for a Dutch
 * sentence, the Netherlands ("het Koninkrijk", "het kabinet", "we" in a Dutch letter to parliament); an English
 * "the Government" names no one, and then evidence is judged on the rest.
 */
final class Cues {
    private static final Set<String> PRONOUNS = Set.of("we", "wij", "ik", "i", "us", "our", "ons");
    private static volatile Taxonomy taxonomy;

    private Cues() {}

    static List<Cue> of(IndexedCommitment c) {
        List<Cue> cues = new ArrayList<>();
        String author = authorOf(c);
        List<String> leaveOut = new ArrayList<>(List.of(c.actor()));
        if (author != null) {
            Map<String, List<String>> names = new HashMap<>(CountryNames.of(author));
            if (!PRONOUNS.contains(c.actor().strip().toLowerCase(Locale.ROOT))) {
                List<String> own = new ArrayList<>(names.getOrDefault(c.lang(), List.of()));
                own.add(c.actor()); // a later letter of the same government says "het Koninkrijk" again
                names.put(c.lang(), own);
            }
            cues.add(new Cue(Cue.Kind.AUTHOR, author, names));
            names.values().forEach(leaveOut::addAll);
        }
        Set<String> who = new LinkedHashSet<>();
        for (String partner : c.partners()) {
            Map<String, List<String>> names = CountryNames.of(partner);
            if (names.isEmpty()) {
                names = Glossary.translations(c.lang(), partner); // "EU", "Benelux", "core group"
            }
            cues.add(new Cue(Cue.Kind.PARTNER, partner, names));
            who.add(partner);
            leaveOut.add(partner);
            names.values().forEach(leaveOut::addAll);
        }
        for (String country : c.countries()) {
            if (!who.contains(country) && !country.equals(author)) {
                Map<String, List<String>> names = CountryNames.of(country);
                cues.add(new Cue(Cue.Kind.COUNTRY, country, names));
                names.values().forEach(leaveOut::addAll);
            }
        }
        Set<String> known = new HashSet<>();
        taxonomy().themes().forEach(t -> known.add(t.id()));
        for (String id : c.themes().stream().filter(known::contains).toList()) {
            Theme theme = taxonomy().byId(id);
            List<String> en = new ArrayList<>(theme.termsEn());
            en.add(theme.labelEn());
            List<String> nl = new ArrayList<>(theme.termsNl());
            nl.add(theme.labelNl());
            cues.add(new Cue(Cue.Kind.THEME, id, Map.of("en", en, "nl", nl)));
        }
        if (c.timeframe() != null) {
            leaveOut.add(c.timeframe().text());
        }
        cues.addAll(KeyTerms.of(c.lang(), c.sentence(), leaveOut));
        return cues;
    }

    static String authorOf(IndexedCommitment c) {
        String named = CountryNames.firstIn(c.actor());
        return named != null ? named : authorOfLetter(c.lang());
    }

    /**
     * Whose government writes letters in a language, as far as this tool knows: the Dutch one writes Dutch letters;
     * for English letters it cannot tell.
     */
    static String authorOfLetter(String language) {
        return "nl".equals(language) ? "NL" : null;
    }

    private static Taxonomy taxonomy() {
        Taxonomy t = taxonomy;
        if (t == null) {
            t = Taxonomy.standard();
            taxonomy = t;
        }
        return t;
    }
}
