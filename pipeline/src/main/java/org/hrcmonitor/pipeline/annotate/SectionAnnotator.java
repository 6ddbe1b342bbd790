package org.hrcmonitor.pipeline.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Kind;
import org.hrcmonitor.pipeline.document.Section;
import org.hrcmonitor.pipeline.document.Span;

/**
 * Splits a Council session report ("Report of the Human Rights Council on its forty-third session") into its
 * resolutions and decisions, each a {@link Section} with its own symbol (A/HRC/RES/43/1, A/HRC/DEC/43/101).
 *
 * <p>Part One of a report lists them under "I. Resolutions" and "II. Decisions": older reports give each text under
 * a heading ("14/1" then its title), newer ones a table row ("43/7 Right to work 19 June 2020"). A heading counts only
 * where it opens a paragraph, carries the report's session, has a capitalised title and a number above the previous
 * one; that keeps out cross-references ("12/15 of 1 October 2009", "in its resolution 40/1"). A section runs to the
 * next heading or to the end of Part One ("Part Two" or the President's statements, which are no resolutions). Other
 * documents get no sections.
 */
public final class SectionAnnotator implements Annotator {
    /** The report's title stands on its first page. */
    private static final int HEAD = 3000;
    private static final Pattern SESSION_REPORT = Pattern.compile("\\bReport of the Human Rights Council on its\\b");
    private static final Pattern PART_START = Pattern.compile("(?m)^[ \\t]*I\\.[ \\t]+Resolutions[ \\t]*$");
    private static final Pattern PART_END = Pattern.compile(
            "(?m)^[ \\t]*(?:Part Two\\b|[IVX]+\\.[ \\t]+President.s statements?[ \\t]*$)");
    private static final Pattern DECISIONS = Pattern.compile("(?m)^[ \\t]*[IVX]+\\.[ \\t]+Decisions[ \\t]*$");
    private static final Pattern HEADING = Pattern.compile(
            "\\n[ \\t]*\\n\\s*((?:(Resolution|Decision)\\s+)?(\\d{1,2})/(\\d{1,3}))\\.?\\s+(\\p{Lu}[^\\n]*(?:\\n(?![ \\t]*\\n)[^\\n]*)*)");
    /** A table row ends with its date of adoption; a contents line with dot leaders and a page number. */
    private static final Pattern TITLE_TAIL = Pattern.compile("\\s*(?:\\.{3,}\\s*\\d+|\\d{1,2} \\p{L}+ \\d{4})\\s*$");
    private static final int MAX_TITLE = 300;

    @Override
    public Document annotate(Document doc) {
        String text = doc.text();
        Matcher start = PART_START.matcher(text);
        if (!SESSION_REPORT.matcher(Head.flat(text, HEAD)).find() || !start.find()) {
            return doc;
        }
        Matcher endMatcher = PART_END.matcher(text);
        int end = endMatcher.find(start.end()) ? endMatcher.start() : text.length();
        Matcher decisions = DECISIONS.matcher(text).region(start.end(), end);
        int decisionsAt = decisions.find() ? decisions.start() : end;

        List<Heading> headings = new ArrayList<>();
        Matcher m = HEADING.matcher(text).region(start.end(), end);
        while (m.find()) {
            Heading h = Heading.of(m, decisionsAt);
            Heading last = headings.isEmpty() ? null : headings.get(headings.size() - 1);
            if (last == null || h.follows(last)) {
                headings.add(h);
            }
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            int until = i + 1 < headings.size() ? headings.get(i + 1).start() : end;
            sections.add(headings.get(i).toSection(text, until));
        }
        return doc.withSections(sections);
    }

    private record Heading(int start, boolean decision, int session, int number, String title) {
        static Heading of(Matcher m, int decisionsAt) {
            boolean decision = m.group(2) == null ? m.start(1) > decisionsAt : m.group(2).equals("Decision");
            String title = TITLE_TAIL.matcher(Head.flatten(m.group(5))).replaceFirst("");
            return new Heading(m.start(1), decision, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                    Head.shorten(title, MAX_TITLE));
        }

        /** Whether this can be the heading after {@code previous}: same session, next in its numbering. */
        boolean follows(Heading previous) {
            return session == previous.session
                    && (decision != previous.decision ? decision : number > previous.number);
        }

        Section toSection(String text, int until) {
            int end = until;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            String symbol = "A/HRC/" + (decision ? "DEC/" : "RES/") + session + "/" + number;
            return new Section(symbol, title, Kind.RESOLUTION, new Span(start, end));
        }
    }
}
