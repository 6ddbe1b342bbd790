package org.hrcmonitor.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hrcmonitor.pipeline.document.CountryMention;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Sentence;
import org.hrcmonitor.pipeline.document.Span;
import org.hrcmonitor.pipeline.document.ThemeTag;

/**
 * The sentences of a document or section with their countries and themes, written as one stored string so that an
 * export per sentence needs neither the sentence detector nor the taggers again: one line per sentence,
 * {@code start TAB end TAB lang TAB CN,SA TAB torture}, offsets relative to the part's text.
 */
final class SentenceLayer {
    private SentenceLayer() {}

    static String format(Document doc, Span part) {
        StringBuilder out = new StringBuilder();
        int mention = 0;
        int tag = 0;
        for (Sentence s : doc.sentences()) {
            Span span = s.span();
            if (span.start() < part.start() || span.end() > part.end()) {
                continue;
            }
            Set<String> countries = new LinkedHashSet<>();
            while (mention < doc.countries().size() && doc.countries().get(mention).span().start() < span.end()) {
                CountryMention m = doc.countries().get(mention++);
                if (m.span().start() >= span.start()) {
                    countries.add(m.code());
                }
            }
            Set<String> themes = new LinkedHashSet<>();
            while (tag < doc.themes().size() && doc.themes().get(tag).sentence().start() < span.end()) {
                ThemeTag t = doc.themes().get(tag++);
                if (t.sentence().start() >= span.start()) {
                    themes.add(t.theme());
                }
            }
            out.append(span.start() - part.start()).append('\t').append(span.end() - part.start()).append('\t')
                    .append(s.language()).append('\t').append(String.join(",", countries)).append('\t')
                    .append(String.join(",", themes)).append('\n');
        }
        return out.toString();
    }

    /**
     * Only the offsets, {@code start0, end0, start1, end1, ...}: what highlighting needs for each hit, read without
     * building a sentence object per line.
     */
    static int[] offsets(String stored) {
        int[] out = new int[64];
        int n = 0;
        for (int line = 0; line < stored.length(); ) {
            int tab = stored.indexOf('\t', line);
            int tab2 = tab < 0 ? -1 : stored.indexOf('\t', tab + 1);
            int next = stored.indexOf('\n', line);
            next = next < 0 ? stored.length() : next;
            if (tab2 > 0 && tab2 < next) {
                if (n + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = Integer.parseInt(stored, line, tab, 10);
                out[n++] = Integer.parseInt(stored, tab + 1, tab2, 10);
            }
            line = next + 1;
        }
        return Arrays.copyOf(out, n);
    }

    static List<StoredSentence> parse(String stored) {
        List<StoredSentence> sentences = new ArrayList<>();
        int number = 1;
        for (String line : stored.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            sentences.add(new StoredSentence(number++, Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2], list(f[3]),
                    list(f[4])));
        }
        return sentences;
    }

    private static List<String> list(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }
}
