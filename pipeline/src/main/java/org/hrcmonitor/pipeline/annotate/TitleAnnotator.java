package org.hrcmonitor.pipeline.annotate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcmonitor.pipeline.document.Document;

/**
 * Gives a title to a document whose reader found none or a useless one (a file name, "Microsoft Word - g2110341.doc",
 * "untitled", digits, "United Nations", a bare symbol), taken from its first lines, at most {@link #MAX} characters.
 *
 * <p>In order: a subject line ("Onderwerp:", "Betreft:", "Subject:"); the heading under "Decision adopted by the
 * Human Rights Council" without its number; a UN report's title ("Report of the Human Rights Council on its
 * forty-third session"), which stands before the symbol block; else the first line that reads like prose (Markdown marks removed),
 * passing over headers, addresses and dates. A title the reader found is kept when it is any good.
 */
public final class TitleAnnotator implements Annotator {
    private static final int MAX = 200;
    private static final int HEAD = 3000;
    private static final Pattern USELESS = Pattern.compile(
            "(?i)\\s*(?:|untitled|naamloos|united nations|microsoft \\w+ - .*|[\\w~ ().-]+\\.[a-z]{2,4}|[\\d\\W_]+|"
                    + UnSymbols.SYMBOL + ")\\s*");
    private static final Pattern SUBJECT = Pattern.compile("(?m)^[ \\t]*(?:Onderwerp|Betreft|Subject|Document)[ \\t]*:?[ \\t]+(\\S.*)$");
    private static final Pattern ADOPTED = Pattern.compile(
            "\\b(?:Resolution|Decision) adopted by the (?:Human Rights Council|General Assembly)(?: on \\d{1,2} \\p{L}+ \\d{4})?\\*? "
                    + "(?:\\d{1,2}/\\d{1,3}\\.? )?(\\p{Lu}.+?) The (?:Human Rights Council|General Assembly),");
    private static final Pattern REPORT = Pattern.compile(
            "\\b((?:Report|National report) (?:of|submitted) .+?)(?=\\*| Vice-President| United Nations| Distr\\b|$)");
    private static final Pattern LINE = Pattern.compile("\\R");
    private static final Pattern NOT_PROSE = Pattern.compile(
            "(?i)\\s*(?:GE\\.|Human Rights Council|Agenda item|Distr\\b|United Nations|General Assembly|Original:"
                    + "|Aan de |Den Haag|Geachte|Dear |Datum|Date|Menu\\b|<).*");
    private static final Pattern MARKUP = Pattern.compile("^[\\s#*_]+|[*_]+$");

    @Override
    public Document annotate(Document doc) {
        if (!USELESS.matcher(doc.title()).matches()) {
            return doc;
        }
        String top = Head.of(doc.text(), HEAD);
        String flat = Head.flatten(top);
        return first(SUBJECT, top)
                .or(() -> first(ADOPTED, flat))
                .or(() -> first(REPORT, flat))
                .or(() -> LINE.splitAsStream(top).map(l -> MARKUP.matcher(l.strip()).replaceAll(""))
                        .filter(TitleAnnotator::isProse).findFirst())
                .map(title -> Head.shorten(title, MAX))
                .map(doc::withTitle)
                .orElse(doc);
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** At least four words, mostly in lower case (not a letterhead in capitals or OCR noise), not a header line. */
    private static boolean isProse(String line) {
        long letters = line.chars().filter(Character::isLetter).count();
        long lower = line.chars().filter(Character::isLowerCase).count();
        return line.split("\\s+").length >= 4 && lower * 2 > letters && !NOT_PROSE.matcher(line).matches();
    }
}
