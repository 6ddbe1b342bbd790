package org.hrcmonitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.SortedMap;
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

@Command(name = "stats", description = "What the index holds: documents by kind, language and year.")
public final class StatsCommand implements Callable<Integer> {
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
            for (Map.Entry<String, SortedMap<String, Long>> group : new java.util.TreeMap<>(stats.groups()).entrySet()) {
                out.println();
                Table t = new Table(group.getKey(), "documents");
                group.getValue().forEach(t::row);
                t.print(out);
            }
        }
        out.flush();
    }
}
