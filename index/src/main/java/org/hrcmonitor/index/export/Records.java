package org.hrcmonitor.index.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.hrcmonitor.index.IndexedDocument;
import org.hrcmonitor.index.StoredSentence;
import org.hrcmonitor.index.search.SearchRequest;

/**
 * Builds export records from stored documents. A sentence qualifies when it holds a match of the search's words (if
 * it has any) and names one of its countries and addresses one of its themes (if it filters on them): the filters
 * that a document meets somewhere, its sentences must meet themselves.
 */
final class Records {
    /** A snippet without words to highlight is the start of the text, cut at a space. */
    private static final int LEAD = 240;

    private final SearchRequest request;
    private final List<String> countries;
    private final boolean words;

    Records(SearchRequest request, boolean words) {
        this.request = request;
        this.countries = request.countries().stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        this.words = words;
    }

    ExportRecord of(IndexedDocument d, List<String> snippets) {
        String snippet = snippets.isEmpty() ? lead(d.text()) : snippets.get(0);
        return new ExportRecord(d.id(), d.parent() == null ? "document" : "section", documentOf(d), d.parent(),
                d.title(), d.kind(), d.lang(), d.date(), d.symbol(), List.copyOf(d.countries().keySet()),
                List.copyOf(d.themes().keySet()), snippet, null, null, null, d.path(), d.seq(), d.ingested());
    }

    /** The qualifying sentences of a document or section; {@code matches} are offsets of word matches in its text. */
    List<ExportRecord> sentences(IndexedDocument d, List<StoredSentence> sentences, List<int[]> matches) {
        List<ExportRecord> out = new ArrayList<>();
        for (StoredSentence s : sentences) {
            List<int[]> inside = matches.stream().filter(m -> m[0] >= s.start() && m[0] < s.end()).toList();
            if ((words && inside.isEmpty()) || !anyOf(countries, s.countries())
                    || !anyOf(request.themes(), s.themes())) {
                continue;
            }
            String text = d.text().substring(s.start(), s.end());
            out.add(new ExportRecord(d.id() + "#" + s.number(), "sentence", documentOf(d), d.id(), d.title(), d.kind(),
                    s.lang(), d.date(), d.symbol(), s.countries(), s.themes(), marked(d.text(), s, inside),
                    text, s.start(), s.end(), d.path(), d.seq(), d.ingested()));
        }
        return out;
    }

    private static String documentOf(IndexedDocument d) {
        return d.parent() == null ? d.id() : d.parent();
    }

    private static boolean anyOf(List<String> wanted, List<String> present) {
        return wanted.isEmpty() || !Collections.disjoint(wanted, present);
    }

    private static String marked(String text, StoredSentence s, List<int[]> matches) {
        StringBuilder out = new StringBuilder();
        int pos = s.start();
        for (int[] m : matches) {
            int end = Math.min(m[1], s.end());
            if (m[0] < pos) {
                continue;
            }
            out.append(text, pos, m[0]).append("<mark>").append(text, m[0], end).append("</mark>");
            pos = end;
        }
        out.append(text, pos, s.end());
        return collapse(out.toString());
    }

    private static String lead(String text) {
        if (text.length() <= LEAD) {
            return collapse(text);
        }
        int cut = text.lastIndexOf(' ', LEAD);
        return collapse(text.substring(0, cut > 0 ? cut : LEAD)) + " …";
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
