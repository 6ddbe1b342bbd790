package org.hrcmonitor.pipeline.tag.theme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hrcmonitor.models.LanguageModels;
import org.hrcmonitor.pipeline.annotate.SentenceAnnotator;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.SourceDocument;
import org.hrcmonitor.pipeline.document.Span;
import org.hrcmonitor.pipeline.document.ThemeTag;

/**
 * Measures theme tagging against UPR Info's issue labels on UPR recommendations (English), which were labelled
 * independently of this project: the data stay outside the repository and are read, never learned from.
 *
 * <p>Issue labels are mapped to theme ids by {@code upr-issues.tsv}; recommendations none of whose labels maps are
 * left out, and predictions are limited to the themes some label maps to, since the others cannot be judged.
 * Terms are tuned on sessions 1–13; sessions 14–20 are the held-out test. Run
 * {@code java ... UprThemeEvaluation /work/shared/labelled/uprs} for the full report.
 */
public final class UprThemeEvaluation {
    public static final List<String> TUNE_FILES = List.of("1-5.csv", "6-9.csv", "10-13.csv");
    public static final List<String> HELD_OUT_FILES = List.of("14-17.csv", "17-20.csv");
    private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");

    /** One recommendation: its text and UPR Info's issue labels. */
    public record Recommendation(String text, List<String> issues) {
        public Recommendation {
            issues = List.copyOf(issues);
        }
    }

    private final Map<String, Set<String>> mapping;
    private final Set<String> judgeable;
    private final SentenceAnnotator sentences = new SentenceAnnotator(LanguageModels.shared());
    private final ThemeAnnotator themes;

    public UprThemeEvaluation(ThemeAnnotator themes) {
        this.themes = themes;
        this.mapping = issueMapping();
        this.judgeable = mapping.values().stream().flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }

    /** Reads one of the UPR Info CSV exports (Mac Roman, CR line ends, header row). */
    public static List<Recommendation> read(Path csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        List<Recommendation> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, MAC_ROMAN)) {
            for (CSVRecord r : format.parse(in)) {
                out.add(new Recommendation(r.get("Text"), List.of(r.get("Issue").split(","))));
            }
        }
        return out;
    }

    /** Scores the recommendations that have at least one mapped label. */
    public ThemeScores evaluate(List<Recommendation> recommendations) {
        List<Recommendation> judged = recommendations.stream().filter(r -> !gold(r).isEmpty()).toList();
        List<Set<String>> gold = judged.stream().map(this::gold).toList();
        List<Set<String>> predicted = judged.parallelStream().map(r -> predict(r.text())).toList();
        return ThemeScores.of(gold, predicted);
    }

    Set<String> gold(Recommendation r) {
        Set<String> themeIds = new HashSet<>();
        r.issues().forEach(issue -> themeIds.addAll(mapping.getOrDefault(issue.strip(), Set.of())));
        return themeIds;
    }

    /** The judgeable themes of any sentence of the text, tagged as one English document. */
    Set<String> predict(String text) {
        SourceDocument source = new SourceDocument("upr", "0123456789abcdef", "text/plain", text, null, List.of(), Map.of());
        Document doc = Document.unannotated(source, text, List.of(new Span(0, text.length()))).withLanguage("en");
        return themes.annotate(sentences.annotate(doc)).themes().stream().map(ThemeTag::theme)
                .filter(judgeable::contains).collect(Collectors.toSet());
    }

    private static Map<String, Set<String>> issueMapping() {
        Map<String, Set<String>> mapping = new HashMap<>();
        try (InputStream in = UprThemeEvaluation.class.getResourceAsStream("upr-issues.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
                String[] cols = line.split("\t");
                mapping.put(cols[0], Set.of(cols[1].split(",")));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read upr-issues.tsv", e);
        }
        return Map.copyOf(mapping);
    }

    /** The recommendations of several of the CSV files in a folder, e.g. {@link #HELD_OUT_FILES}. */
    public static List<Recommendation> readAll(Path dir, List<String> files) throws IOException {
        List<Recommendation> all = new ArrayList<>();
        for (String file : files) {
            all.addAll(read(dir.resolve(file)));
        }
        return all;
    }
}
