package org.hrcmonitor.cli.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hrcmonitor.pipeline.document.CountryMention;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.ThemeTag;
import org.hrcmonitor.pipeline.tag.country.Gazetteer;
import org.hrcmonitor.pipeline.tag.theme.Taxonomy;

/**
 * What {@code hrc tag} reports for one text: its language, the countries with every mention, and the themes
 * aggregated from sentences (how many sentences, a combined score, the strongest sentences as evidence), and the
 * commitments the author makes, in text order.
 */
record TagResult(String lang, List<Country> countries, List<Theme> themes, List<TagCommitment> commitments) {
    private static final int EVIDENCE = 3;

    record Mention(int start, int end, String text) {}

    record Country(String code, String name, List<Mention> mentions) {}

    /**
     * @param score     the chance that at least one sentence really addresses the theme, taking each sentence's
     *                  score as its own chance (1 − Π(1 − s)): many weak mentions add up, one strong one suffices
     * @param sentences the strongest sentences, best first
     */
    record Theme(String id, String label, double score, int count, List<String> sentences) {}

    static TagResult of(Document doc, Gazetteer gazetteer, Taxonomy taxonomy) {
        String lang = doc.language() == null ? "other" : doc.language();
        Map<String, List<Mention>> byCode = new LinkedHashMap<>();
        for (CountryMention m : doc.countries()) {
            byCode.computeIfAbsent(m.code(), c -> new ArrayList<>())
                    .add(new Mention(m.span().start(), m.span().end(), doc.textOf(m.span())));
        }
        List<Country> countries = new ArrayList<>();
        byCode.forEach((code, mentions) -> countries.add(new Country(code, gazetteer.name(code, lang), mentions)));
        countries.sort(Comparator.comparing((Country c) -> -c.mentions().size()).thenComparing(Country::code));

        Map<String, List<ThemeTag>> byTheme = new LinkedHashMap<>();
        doc.themes().forEach(t -> byTheme.computeIfAbsent(t.theme(), id -> new ArrayList<>()).add(t));
        List<Theme> themes = new ArrayList<>();
        byTheme.forEach((id, tags) -> themes.add(theme(doc, id, tags, taxonomy, lang)));
        themes.sort(Comparator.comparing((Theme t) -> -t.score()).thenComparing(Theme::id));
        List<TagCommitment> commitments = doc.commitments().stream().map(c -> TagCommitment.of(doc, c)).toList();
        return new TagResult(lang, countries, themes, commitments);
    }

    private static Theme theme(Document doc, String id, List<ThemeTag> tags, Taxonomy taxonomy, String lang) {
        double none = 1;
        for (ThemeTag t : tags) {
            none *= 1 - t.score();
        }
        List<String> evidence = tags.stream().sorted(Comparator.comparing(ThemeTag::score).reversed()).limit(EVIDENCE)
                .map(t -> doc.textOf(t.sentence())).toList();
        var theme = taxonomy.byId(id);
        String label = lang.equals("nl") ? theme.labelNl() : theme.labelEn();
        return new Theme(id, label, Math.round((1 - none) * 1000) / 1000.0, tags.size(), evidence);
    }
}
