package org.hrcmonitor.pipeline.annotate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Kind;

/**
 * Sets the document's date. Sources, the first that gives a valid date winning:
 * <ol>
 *   <li>for a resolution or decision (kind set by {@link KindAnnotator}), its adoption date ("Decision adopted by the
 *       Human Rights Council on 12 March 2020", "32nd meeting 12 March 2020"): resolutions are cited by it, and the
 *       issue date in their header comes weeks later;</li>
 *   <li>metadata a publisher sets as the document date: {@code DC.date}, {@code DCTERMS.issued},
 *       {@code DCTERMS.available}, {@code OVERHEID.*} date tags (names compared without case);</li>
 *   <li>the issue date of a UN header ("Distr.: General 23 October 2012");</li>
 *   <li>a dated place or label: "Den Haag, 14 februari 2020", "Date: 23 October 2012", "Datum 5 maart 2021",
 *       "Publicatiedatum 10 februari 2015" (within {@link #LABELLED} characters);</li>
 *   <li>the first date in the header ({@link #HEAD} characters) that is not one end of a range, so a session's
 *       "24 February–20 March 2020" does not give either end;</li>
 *   <li>{@code dcterms:created}, last, because a PDF's creation date is often when it was printed or converted.</li>
 * </ol>
 * Dates cited further into the text are never used: they are the dates of other documents and events.
 */
public final class DateAnnotator implements Annotator {
    private static final int HEAD = 2000;
    /** An explicit label is trusted further down than a bare date: saved web pages put it after long menus. */
    private static final int LABELLED = 10_000;
    /** The header block may follow page one's body (see {@link SymbolAnnotator}). */
    private static final int FIRST_PAGE = 6000;
    private static final List<String> METADATA = List.of("dc.date", "dcterms.issued", "dcterms.available");
    /** overheid.nl's own tags, such as {@code OVERHEIDop.datumOndertekening}; a modification date is no document date. */
    private static final Pattern OVERHEID_DATE = Pattern.compile("overheid(?!.*(?:modified|gewijzigd)).*(?:date|datum).*");
    private static final Pattern ADOPTED = Pattern.compile(
            "\\badopted by the (?:Human Rights Council|General Assembly) on |\\b\\d+(?:st|nd|rd|th) meeting,? ");
    private static final Pattern DISTRIBUTED = Pattern.compile(
            "\\bDistr\\.?:? ?(?:general|limited|restricted) (?:" + UnSymbols.SYMBOL + " )?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile(
            "\\b(?:Den Haag|'s-Gravenhage|Geneva|Genève|New York),? "
                    + "|\\b(?:Date|Datum|Dated|Publicatiedatum|Publication date|Datum publicatie):? ",
            Pattern.CASE_INSENSITIVE);

    @Override
    public Document annotate(Document doc) {
        String labelled = Head.flat(doc.text(), LABELLED);
        String firstPage = Head.of(labelled, FIRST_PAGE);
        Optional<LocalDate> adopted = doc.kind() == Kind.RESOLUTION ? after(ADOPTED, firstPage) : Optional.empty();
        Optional<LocalDate> date = adopted
                .or(() -> fromMetadata(doc.metadata()))
                .or(() -> after(DISTRIBUTED, firstPage))
                .or(() -> after(LABEL, labelled))
                .or(() -> DateText.first(Head.of(labelled, HEAD)))
                .or(() -> DateText.at(doc.metadata().getOrDefault("dcterms:created", ""), 0));
        return date.map(doc::withDate).orElse(doc);
    }

    /** The date right after the first occurrence of {@code label} that is followed by one. */
    private static Optional<LocalDate> after(Pattern label, String text) {
        Matcher m = label.matcher(text);
        while (m.find()) {
            Optional<LocalDate> date = DateText.at(text, m.end());
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> fromMetadata(Map<String, String> metadata) {
        Map<String, String> byName = new TreeMap<>();
        metadata.forEach((name, value) -> byName.put(name.toLowerCase(Locale.ROOT), value));
        for (String name : METADATA) {
            Optional<LocalDate> date = DateText.at(byName.getOrDefault(name, ""), 0);
            if (date.isPresent()) {
                return date;
            }
        }
        return byName.entrySet().stream()
                .filter(e -> OVERHEID_DATE.matcher(e.getKey()).matches())
                .map(e -> DateText.at(e.getValue(), 0))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
