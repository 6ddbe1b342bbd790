package org.hrcmonitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hrcmonitor.index.IndexSchema;
import org.hrcmonitor.index.search.FacetCount;
import java.util.concurrent.Callable;
import org.hrcmonitor.cli.output.Json;
import org.hrcmonitor.cli.output.Table;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.stats.IndexStats;
import org.hrcmonitor.index.stats.Statistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", description = "What the index holds: documents by country, theme, kind, language and year.")
public final class StatsCommand implements Callable<Integer> {
    /** Rows per table on a terminal: countries and themes show the most frequent; every year is shown. */
    private static final int TOP = 15;

    @Mixin
    IndexOption index;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Format format = output.among(Format.text, Format.json);
        try (IndexReading reading = IndexReading.open(index.dir())) {
            print(Statistics.of(reading), format, spec.commandLine().getOut());
        }
        return 0;
    }

    private void print(IndexStats stats, Format format, PrintWriter out) {
        if (format == Format.json) {
            out.println(Json.write(stats));
        } else {
            out.printf("%d documents, %d sections in %s%n", stats.documents(), stats.sections(), index.dir());
            for (String dim : IndexSchema.facetDimensions()) {
                List<FacetCount> values = new ArrayList<>(stats.byDimension().getOrDefault(dim, List.of()));
                if (dim.equals("year")) {
                    values.sort(Comparator.comparing(FacetCount::value)); // a timeline reads in order
                }
                out.println();
                Table t = new Table(dim, "documents");
                int shown = dim.equals("year") ? values.size() : Math.min(TOP, values.size());
                values.stream().limit(shown).forEach(v -> t.row(v.value(), v.count()));
                t.print(out);
                if (values.size() > shown) {
                    out.printf("… %d more (--format json lists them all)%n", values.size() - shown);
                }
            }
        }
        out.flush();
    }
}
