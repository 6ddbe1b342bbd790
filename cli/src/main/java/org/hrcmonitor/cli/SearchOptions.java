package org.hrcmonitor.cli;

import java.time.LocalDate;
import java.util.List;
import org.hrcmonitor.index.search.SearchRequest;
import org.hrcmonitor.pipeline.document.Kind;
import org.hrcmonitor.pipeline.tag.theme.Taxonomy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The query words and filters ({@code --kind --lang --from --to --country --theme}), shared by search, export and the weekly report. */
public final class SearchOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; several words are joined.")
    List<String> words = List.of();

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

    /** The typed words and filters as a request; a bad kind, language or date range is a usage error. */
    public SearchRequest request(int limit, boolean facets) {
        if (kind != null) {
            try {
                Kind.fromId(kind);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(command.commandLine(), e.getMessage());
            }
        }
        if (lang != null && !List.of("nl", "en", "other").contains(lang)) {
            throw new ParameterException(command.commandLine(), "unknown language '" + lang + "' (expected nl, en or other)");
        }
        if (!themes.isEmpty()) {
            // an unknown theme would silently match nothing: a report of zeros that looks like a quiet week
            Taxonomy taxonomy = Taxonomy.standard();
            try {
                themes.forEach(taxonomy::byId);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(command.commandLine(), e.getMessage());
            }
        }
        try {
            return new SearchRequest(String.join(" ", words), kind, lang, from, to, countries, themes, limit, facets);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }
}
