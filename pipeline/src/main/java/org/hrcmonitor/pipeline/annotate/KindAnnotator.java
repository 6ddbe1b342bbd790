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
            Kind.RESOLUTION, Pattern.compile(
                    "\\b(?:Resolution|Decision) adopted by the (?:Human Rights Council|General Assembly)\\b"),
            Kind.SESSION_RECORD, Pattern.compile(
                    "\\bReport of the Human Rights Council on its\\b"
                            + "|\\bReport of the Working Group on the Universal Periodic Review\\b"
                            + "|\\bParlaMint\\b|\\bBesluitenlijst\\b"
                            + "|\\bHandelingen (?:der Staten-Generaal|(?:van de )?(?:Tweede|Eerste) Kamer)\\b"
                            + "|\\bVerslag van (?:een commissiedebat|de vergadering|een schriftelijk overleg)\\b"
                            + "|\\bReport of the meeting of the\\b"),
            Kind.LETTER, Pattern.compile(
                    "\\bAan de [Vv]oorzitter van de (?:Tweede|Eerste) Kamer\\b|\\bGeachte (?:[Vv]oorzitter|heer|mevrouw)\\b"
                            + "|\\bKamerbrief\\b|\\bExcellency\\b|\\bDear (?:Minister|Ambassador|High Commissioner|President|Sir|Madam)\\b"
                            + "|\\bLetter dated \\d|\\bI have the honour to\\b"));

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
