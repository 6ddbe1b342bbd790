package org.hrcmonitor.pipeline.tag.theme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The theme taxonomy: themes with bilingual terms, named instruments, the cues that make a sentence about an
 * instrument itself, bodies and the words that make a mention of one a place, names whose words tag nothing, and
 * residual themes that yield to more specific ones. Read from {@code themes.yaml}, which people edit; immutable once
 * read.
 */
public final class Taxonomy {
    private static final String RESOURCE = "themes.yaml";

    private final Map<String, Theme> byId;
    private final List<Instrument> instruments;
    private final List<String> cuesEn;
    private final List<String> cuesNl;
    private final List<Residual> residuals;
    private final List<Corroborated> corroborated;
    private final List<Body> bodies;
    private final List<String> venuesNl;
    private final List<String> venuesEn;
    private final List<String> venueSkips;
    private final List<String> namesNl;
    private final List<String> namesEn;
    private final List<String> genericNl;
    private final List<String> genericEn;
    private final List<String> contextNl;
    private final List<String> contextEn;
    private final Map<String, List<String>> contextByThemeNl;
    private final Map<String, List<String>> contextByThemeEn;
    private final List<String> timeTerms;
    private final List<String> timesNl;
    private final List<String> timesEn;
    private final List<String> timeOutcomes;
    private final JsonNode titles;
    private final String listItemTheme;
    private final List<String> listItemWords;

    private Taxonomy(Map<String, Theme> byId, List<Instrument> instruments, JsonNode root, List<Body> bodies,
                     List<Residual> residuals, List<Corroborated> corroborated) {
        this.byId = byId;
        this.corroborated = List.copyOf(corroborated);
        this.residuals = List.copyOf(residuals);
        this.instruments = List.copyOf(instruments);
        this.cuesEn = strings(root.path("cues").path("en"));
        this.cuesNl = strings(root.path("cues").path("nl"));
        this.bodies = List.copyOf(bodies);
        this.venuesNl = strings(root.path("venues").path("nl"));
        this.venuesEn = strings(root.path("venues").path("en"));
        this.venueSkips = strings(root.path("venues").path("skip"));
        this.namesNl = strings(root.path("names").path("nl"));
        this.namesEn = strings(root.path("names").path("en"));
        this.genericNl = strings(root.path("context").path("generic").path("nl"));
        this.genericEn = strings(root.path("context").path("generic").path("en"));
        this.contextNl = strings(root.path("context").path("words").path("nl"));
        this.contextEn = strings(root.path("context").path("words").path("en"));
        this.contextByThemeNl = byTheme(root.path("context").path("byTheme").path("nl"), byId);
        this.contextByThemeEn = byTheme(root.path("context").path("byTheme").path("en"), byId);
        this.timeTerms = strings(root.path("times").path("terms"));
        this.timesNl = strings(root.path("times").path("nl"));
        this.timesEn = strings(root.path("times").path("en"));
        this.timeOutcomes = strings(root.path("times").path("outcomes"));
        this.titles = root.path("titles");
        this.listItemTheme = root.path("listItems").path("theme").asText(null);
        this.listItemWords = strings(root.path("listItems").path("equal"));
        if (listItemTheme != null && !byId.containsKey(listItemTheme)) {
            throw new IllegalArgumentException("List items with an unknown theme: " + listItemTheme);
        }
        List<String> termsNl = byId.values().stream().flatMap(t -> t.termsNl().stream()).toList();
        requireTerms("Generic context term", genericNl, termsNl);
        requireTerms("Generic context term", genericEn, byId.values().stream().flatMap(t -> t.termsEn().stream()).toList());
        requireTerms("Time term", timeTerms, termsNl);
    }

    private static Map<String, List<String>> byTheme(JsonNode node, Map<String, Theme> byId) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (!byId.containsKey(e.getKey())) {
                throw new IllegalArgumentException("Context words for an unknown theme: " + e.getKey());
            }
            words.put(e.getKey(), strings(e.getValue()));
        });
        return Map.copyOf(words);
    }

    private static void requireTerms(String what, List<String> listed, List<String> terms) {
        listed.stream().filter(g -> !terms.contains(g)).findFirst().ifPresent(g -> {
            throw new IllegalArgumentException(what + " that is no term of its language: " + g);
        });
    }

    /** The taxonomy shipped with the project. */
    public static Taxonomy standard() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Reads a taxonomy file; a malformed one is a programmer error, so it throws naming what is wrong. */
    public static Taxonomy read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        Map<String, Theme> byId = new LinkedHashMap<>();
        for (JsonNode t : root.path("themes")) {
            Theme theme = new Theme(text(t, "id"), text(t, "en"), text(t, "nl"), text(t, "description"),
                    strings(t.path("terms").path("en")), strings(t.path("terms").path("nl")));
            if (byId.put(theme.id(), theme) != null) {
                throw new IllegalArgumentException("Duplicate theme id: " + theme.id());
            }
        }
        List<Instrument> instruments = new ArrayList<>();
        for (JsonNode i : root.path("instruments")) {
            String theme = i.path("theme").isTextual() ? i.path("theme").asText() : null;
            if (theme != null && !byId.containsKey(theme)) {
                throw new IllegalArgumentException("Instrument with unknown theme: " + theme);
            }
            instruments.add(new Instrument(theme, strings(i.path("names"))));
        }
        List<Body> bodies = new ArrayList<>();
        for (JsonNode b : root.path("bodies")) {
            if (!byId.containsKey(text(b, "theme"))) {
                throw new IllegalArgumentException("Body with unknown theme: " + b);
            }
            bodies.add(new Body(text(b, "theme"), strings(b.path("names"))));
        }
        List<Residual> residuals = new ArrayList<>();
        for (JsonNode r : root.path("residual")) {
            Residual residual = new Residual(text(r, "theme"), Set.copyOf(strings(r.path("generic"))),
                    Set.copyOf(strings(r.path("yieldsTo"))));
            if (!byId.containsKey(residual.theme()) || !byId.keySet().containsAll(residual.yieldsTo())) {
                throw new IllegalArgumentException("Residual entry with unknown theme: " + r);
            }
            residuals.add(residual);
        }
        List<Corroborated> corroborated = new ArrayList<>();
        for (JsonNode c : root.path("corroborated")) {
            Corroborated entry = new Corroborated(text(c, "theme"), Set.copyOf(strings(c.path("terms"))));
            Theme theme = byId.get(entry.theme());
            if (theme == null || !theme.termsNl().containsAll(entry.terms()) && !theme.termsEn().containsAll(entry.terms())) {
                throw new IllegalArgumentException("Corroborated entry with an unknown theme or term: " + c);
            }
            corroborated.add(entry);
        }
        return new Taxonomy(byId, instruments, root, bodies, residuals, corroborated);
    }

    public List<Theme> themes() {
        return List.copyOf(byId.values());
    }

    /** The theme with this id; throws for an unknown id, which is a programmer error. */
    public Theme byId(String id) {
        Theme theme = byId.get(id);
        if (theme == null) {
            throw new IllegalArgumentException("Unknown theme id: " + id);
        }
        return theme;
    }

    /** All terms of a theme in both languages (English first, no duplicates): for bilingual query expansion. */
    public List<String> termsOf(String id) {
        Theme theme = byId(id);
        Set<String> terms = new LinkedHashSet<>(theme.termsEn());
        terms.addAll(theme.termsNl());
        return List.copyOf(terms);
    }

    List<Instrument> instruments() {
        return instruments;
    }

    List<Residual> residuals() {
        return residuals;
    }

    List<Corroborated> corroborated() {
        return corroborated;
    }

    List<String> cues(boolean dutch) {
        return dutch ? cuesNl : cuesEn;
    }

    List<Body> bodies() {
        return bodies;
    }

    /** Words that, just before a body's name, make it a place ("in", "via"). */
    List<String> venues(boolean dutch) {
        return dutch ? venuesNl : venuesEn;
    }

    /** Words looked past on the way back from a body's name to a venue word ("de", "van"). */
    List<String> venueSkips() {
        return venueSkips;
    }

    /** Names of offices and ministries whose words tag nothing ("Volksgezondheid, Welzijn en Sport"). */
    List<String> names(boolean dutch) {
        return dutch ? namesNl : namesEn;
    }

    /** Terms that tag only where the sentence has a specific term or a context word (everyday words: "kind"). */
    public List<String> contextGeneric(boolean dutch) {
        return dutch ? genericNl : genericEn;
    }

    /** Words that make a sentence about rights or policy, so that its generic terms count ("recht", "beleid"). */
    List<String> contextWords(boolean dutch) {
        return dutch ? contextNl : contextEn;
    }

    /** Words that make one theme's generic terms count, besides the shared context words ("ouders" for "kind"). */
    Map<String, List<String>> contextWordsByTheme(boolean dutch) {
        return dutch ? contextByThemeNl : contextByThemeEn;
    }

    /** Terms that tag nothing after a time word: an election that only dates something. */
    List<String> timeTerms() {
        return timeTerms;
    }

    /** Words that, just before a time term, make it a date ("tijdens", "na"). */
    List<String> timeWords(boolean dutch) {
        return dutch ? timesNl : timesEn;
    }

    /** Dutch words of an election's outcome ("zetel", "nederlaag"): after a time word it is still about the election. */
    List<String> timeOutcomes() {
        return timeOutcomes;
    }

    /** The Dutch words that start, join and end the titles of laws and bodies (see {@link Titles}). */
    List<String> titleWords(String kind) {
        return strings(titles.path(kind));
    }

    /** The theme a Dutch list item granting equal standing tags (see {@link ListItems}), or null for none. */
    String listItemTheme() {
        return listItemTheme;
    }

    /** The Dutch words of equal standing in a list item ("dezelfde", "gelijke"). */
    List<String> listItemWords() {
        return listItemWords;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("Theme entry without '" + field + "': " + node);
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }
}
