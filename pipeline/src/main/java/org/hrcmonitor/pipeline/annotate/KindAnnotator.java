package org.hrcmonitor.pipeline.annotate;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Kind;

/**
 * Sets the document's kind from the words its header opens with.
 *
 * <p>Each kind has marker phrases; of those found in the title and the first {@link #HEAD} characters (line breaks read as spaces), the earliest
 * wins, because a document names what it is before it cites other documents: the cabinet's letter mentions the
 * "Handelingen" after "Aan de Voorzitter", a decision cites the session report after "Decision adopted by". A symbol
 * already set by {@link SymbolAnnotator} for a resolution or decision (A/HRC/RES/..., A/HRC/DEC/...) settles it.
 */
public final class KindAnnotator implements Annotator {
    private static final int HEAD = 5000;
    private static final Pattern RES_SYMBOL = Pattern.compile("^A/(?:HRC/)?(?:RES|DEC)/");
    private static final Map<Kind, Pattern> MARKERS = Map.of(
            Kind.RESOLUTION, words(
                    "Resolution adopted by the (?:Human Rights Council|General Assembly)\\b",
                    "Decision adopted by the (?:Human Rights Council|General Assembly)\\b"),
            Kind.SESSION_RECORD, words(
                    "Report of the Human Rights Council on its\\b",
                    "Report of the Working Group on the Universal Periodic Review\\b",
                    "ParlaMint\\b", "Besluitenlijst\\b",
                    "Handelingen (?:der Staten-Generaal|(?:van de )?(?:Tweede|Eerste) Kamer)\\b",
                    "Verslag van (?:een commissiedebat|de vergadering|een schriftelijk overleg)\\b",
                    "Report of the meeting of the\\b"),
            Kind.LETTER, words(
                    "Aan de [Vv]oorzitter van de (?:Tweede|Eerste) Kamer\\b",
                    "Geachte (?:[Vv]oorzitter|heer|mevrouw)\\b",
                    "Kamerbrief\\b", "Excellency\\b",
                    "Dear (?:Minister|Ambassador|High Commissioner|President|Sir|Madam)\\b",
                    "Letter dated \\d", "I have the honour to\\b"));

    /**
     * Any of the expressions, each starting a word with the literal letter it opens with. The first letters are
     * checked at each character before anything else: trying every alternative with its word boundary at every
     * character of the head was most of this annotator's time.
     */
    private static Pattern words(String... expressions) {
        StringBuilder firsts = new StringBuilder();
        for (String e : expressions) {
            if (!Character.isLetter(e.charAt(0))) {
                throw new IllegalArgumentException("a marker must open with a letter: " + e);
            }
            firsts.append(e.charAt(0));
        }
        return Pattern.compile("(?=[" + firsts + "])\\b(?:" + String.join("|", expressions) + ")");
    }

    @Override
    public Document annotate(Document doc) {
        if (doc.symbol() != null && RES_SYMBOL.matcher(doc.symbol()).find()) {
            return doc.withKind(Kind.RESOLUTION);
        }
        String head = doc.title() + " " + Head.flat(doc.text(), HEAD);
        Kind best = Kind.OTHER;
        int bestAt = Integer.MAX_VALUE;
        for (Map.Entry<Kind, Pattern> marker : MARKERS.entrySet()) {
            Matcher m = marker.getValue().matcher(head);
            if (m.find() && m.start() < bestAt) {
                best = marker.getKey();
                bestAt = m.start();
            }
        }
        return doc.withKind(best);
    }
}
