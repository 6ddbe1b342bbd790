package org.hrcmonitor.cli;

import java.time.LocalDate;
import java.util.List;
import org.hrcmonitor.index.search.SearchRequest;
import org.hrcmonitor.pipeline.document.Kind;
import org.hrcmonitor.pipeline.tag.theme.Taxonomy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The filters of {@code search}, shared by every command that selects documents the way search does (the weekly
 * report), so the same options mean the same documents everywhere.
 */
public final class FilterOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--kind", paramLabel = "K", description = "letter, resolution, session-record or other.")
    String kind;

    @Option(names = "--lang", paramLabel = "L", description = "nl, en or other.")
    String lang;

    @Option(names = "--from", paramLabel = "DATE", description = "Only documents dated on or after (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only documents dated on or before (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--country", paramLabel = "CODE",
            description = "Only hits mentioning this country (ISO code, e.g. CN); repeat for any of several.")
    List<String> countries = List.of();

    @Option(names = "--theme", paramLabel = "ID",
            description = "Only hits addressing this theme (e.g. freedom-of-expression); repeat for any of several.")
    List<String> themes = List.of();

    /** The filters with a query; a usage error for an unknown kind, language or theme, or dates in the wrong order. */
    public SearchRequest request(String query, int limit, boolean facets) {
        try {
            if (kind != null) {
                Kind.fromId(kind);
            }
            if (lang != null && !List.of("nl", "en", "other").contains(lang)) {
                throw new IllegalArgumentException("unknown language '" + lang + "' (expected nl, en or other)");
            }
            if (!themes.isEmpty()) {
                Taxonomy taxonomy = Taxonomy.standard();
                themes.forEach(taxonomy::byId);
            }
            return new SearchRequest(query, kind, lang, from, to, countries, themes, limit, facets);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }
}
