package org.hrcmonitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hrcmonitor.cli.output.Json;
import org.hrcmonitor.cli.output.Marks;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.search.Hit;
import org.hrcmonitor.index.search.InvalidQueryException;
import org.hrcmonitor.index.search.SearchRequest;
import org.hrcmonitor.index.search.SearchResult;
import org.hrcmonitor.index.search.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", description = {
        "Search the index. Lucene query syntax: words (all must occur), \"exact phrases\", AND/OR/NOT, field:value",
        "(fields: text, title, kind, lang, symbol, id, path). Dutch and English inflections match (journalist ~ journalists).",
        "Filters combine with AND; a repeated --country or --theme means any of them.",
        "Example: hrc search '\"Saoedi-Arabië\" OR Jemen' --lang nl --from 2020-01-01",
        "Saved queries: hrc search --saved \"Press freedom\" --from 2021-01-01 (see --queries)."})
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Mixin
    SearchOptions search;

    @Option(names = "--facets", description = "Also count all matches by country, theme, kind, language and year.")
    boolean facets;

    @Option(names = "--limit", paramLabel = "N", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Mixin
    SavedQueryOption saved;

    @Mixin
    FormatOption output;

    /**
     * Set by the launcher on the search that writes its class-data sharing archive: that search also runs a theme
     * phrase with facets, so later searches of any kind start from archived classes (the taxonomy's YAML reader alone
     * is some 600 classes a one-word search never loads).
     */
    static final String CDS_TRAINING = "hrc.cds.training";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InvalidQueryException {
        SearchRequest request = request();
        try (IndexReading reading = IndexReading.open(index.dir())) {
            SearchResult result = new Searcher(reading).search(request);
            print(result, output.among(Format.values()), spec.commandLine().getOut());
            if (Boolean.getBoolean(CDS_TRAINING)) {
                // the class-data archive holds what this process loads: make it hold what any search loads
                Json.write(new Searcher(reading).search(new SearchRequest("\"freedom of expression\"", null, null, null,
                        null, List.of("NL"), List.of(), 10, true)));
            }
        }
        return 0;
    }

    private SearchRequest request() {
        return saved.apply(search.request(limit, facets));
    }

    static void print(SearchResult result, Format format, PrintWriter out) throws IOException {
        switch (format) {
            case json -> out.println(Json.write(result));
            case csv -> csv(result, out);
            case text -> text(result, out);
        }
        out.flush();
    }

    private static void text(SearchResult result, PrintWriter out) {
        boolean ansi = Progress.onTerminal();
        long sections = result.total() - result.documents();
        out.printf("%d match%s%s%s%n", result.total(), result.total() == 1 ? "" : "es",
                sections == 0 ? "" : String.format(" (%d document%s, %d section%s)", result.documents(),
                        result.documents() == 1 ? "" : "s", sections, sections == 1 ? "" : "s"),
                result.hits().size() < result.total() ? " (showing " + result.hits().size() + ")" : "");
        result.facets().forEach((dim, values) -> {
            if (!values.isEmpty()) {
                out.printf("  %-8s %s%n", dim, values.stream().map(v -> v.value() + " " + v.count())
                        .collect(java.util.stream.Collectors.joining(", ")));
            }
        });
        int rank = 1;
        for (Hit h : result.hits()) {
            out.printf("%n%2d. %s%n", rank++, h.title().isBlank() ? "(untitled)" : h.title());
            out.printf("    %s · %s · %s%s · score %.2f%n", h.kind(), h.lang(), h.date() == null ? "undated" : h.date(),
                    h.symbol() == null ? "" : " · " + h.symbol(), h.score());
            out.printf("    id %s%s · %s%n", h.id(), h.parent() == null ? "" : " (section of " + h.parent() + ")", h.path());
            if (!h.countries().isEmpty() || !h.themes().isEmpty()) {
                out.printf("    countries %s · themes %s%n", String.join(" ", h.countries()), String.join(" ", h.themes()));
            }
            for (String s : h.snippets()) {
                out.println("      … " + Marks.forTerminal(s, ansi) + " …");
            }
        }
    }

    private static void csv(SearchResult result, PrintWriter out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("id", "parent", "title", "kind", "lang", "date", "symbol", "path", "score", "countries", "themes",
                        "snippet").get());
        for (Hit h : result.hits()) {
            csv.printRecord(h.id(), h.parent(), h.title(), h.kind(), h.lang(), h.date(), h.symbol(), h.path(),
                    h.score(), String.join(" ", h.countries()), String.join(" ", h.themes()),
                    h.snippets().isEmpty() ? "" : Marks.strip(h.snippets().get(0)));
        }
        csv.flush();
    }
}
