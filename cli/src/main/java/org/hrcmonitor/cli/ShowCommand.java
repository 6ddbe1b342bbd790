package org.hrcmonitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hrcmonitor.cli.output.Json;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", description = "Show one document (or section) by id: metadata, countries, themes, sections and text.")
public final class ShowCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Parameters(paramLabel = "ID", description = "A document id (from search results) or a section id (ID~N).")
    String id;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Format format = output.among(Format.text, Format.json);
        try (IndexReading reading = IndexReading.open(index.dir())) {
            IndexedDocument doc = reading.get(id).orElse(null);
            if (doc == null) {
                spec.commandLine().getErr().println("hrc: no document with id " + id + " in " + index.dir());
                return 1;
            }
            print(doc, reading.sections(id), format, spec.commandLine().getOut());
        }
        return 0;
    }

    private static void print(IndexedDocument doc, List<IndexedDocument> sections, Format format, PrintWriter out) {
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", doc.id());
            json.put("parent", doc.parent());
            json.put("title", doc.title());
            json.put("kind", doc.kind());
            json.put("lang", doc.lang());
            json.put("date", doc.date());
            json.put("symbol", doc.symbol());
            json.put("path", doc.path());
            json.put("mediaType", doc.mediaType());
            json.put("countries", doc.countries());
            json.put("themes", doc.themes());
            json.put("sections", sections.stream().map(ShowCommand::sectionJson).toList());
            json.put("text", doc.text());
            out.println(Json.write(json));
        } else {
            out.println(doc.title());
            out.printf("id %s · %s · %s · %s%s%n", doc.id(), doc.kind(), doc.lang(),
                    doc.date() == null ? "undated" : doc.date(), doc.symbol() == null ? "" : " · " + doc.symbol());
            out.println(doc.path() + " (" + doc.mediaType() + ")");
            if (!doc.countries().isEmpty()) {
                out.println("countries: " + counts(doc.countries()));
            }
            if (!doc.themes().isEmpty()) {
                out.println("themes: " + counts(doc.themes()));
            }
            if (!sections.isEmpty()) {
                out.printf("%n%d sections:%n", sections.size());
                for (IndexedDocument s : sections) {
                    out.printf("  %-22s %-20s %s%n", s.id(), s.symbol() == null ? "" : s.symbol(), s.title());
                }
            }
            out.println();
            out.println(doc.text());
        }
        out.flush();
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static Map<String, Object> sectionJson(IndexedDocument s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("symbol", s.symbol());
        m.put("title", s.title());
        m.put("kind", s.kind());
        m.put("start", s.start());
        m.put("end", s.start() + s.text().length());
        return m;
    }
}
