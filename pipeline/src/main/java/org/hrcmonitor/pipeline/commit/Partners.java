package org.hrcmonitor.pipeline.commit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcmonitor.pipeline.document.CountryMention;

/**
 * Who the author acts with: the countries listed right after "samen met", "met", "together with", "with" ("core group
 * met België, Canada, Ierland en Luxemburg" gives BE, CA, IE, LU), then groups named anywhere in the sentence ("in
 * EU-verband", "gelijkgezinde landen", "like-minded States", "Benelux").
 *
 * <p>Countries come from the country layer, so a partner is found only where the tagger found the country. A list
 * ends at the first word that is not a name, a comma or "en"/"and": in "met Canada over Syrië" only Canada is a
 * partner. The Netherlands itself is never its own partner.
 */
final class Partners {
    private static final String AUTHOR = "NL";
    private static final Pattern CUE = Pattern.compile("(?<!\\p{L})(?:samen met|in samenwerking met|together with"
            + "|jointly with|in cooperation with|alongside|met|with)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern BETWEEN_NAMES = Pattern.compile("(?:\\s|,|\\ben\\b|\\band\\b|\\bhet\\b|\\bde\\b"
            + "|\\bthe\\b)*", Pattern.CASE_INSENSITIVE);
    private static final Pattern EU = Pattern.compile("EU-verband|(?<!\\p{L})(?:de|the) (?:EU|Europese Unie|European "
            + "Union)(?!\\p{L})");
    private static final Pattern LIKE_MINDED = Pattern.compile("(?:gelijkgezinde|gelijkgestemde) (?:landen|partners)"
            + "|like-minded (?:States|states|countries|partners)");
    private static final Pattern BENELUX = Pattern.compile("Benelux");

    private Partners() {
    }

    /**
     * @param sentence  the sentence's text
     * @param offset    where the sentence starts in the document, to place the mentions
     * @param countries the country mentions inside the sentence, in text order
     */
    static List<String> in(String sentence, int offset, List<CountryMention> countries) {
        Set<String> partners = new LinkedHashSet<>();
        Matcher cue = CUE.matcher(sentence);
        while (cue.find()) {
            int from = cue.end();
            for (CountryMention m : countries) {
                int start = m.span().start() - offset;
                if (start < from) {
                    continue;
                }
                if (!BETWEEN_NAMES.matcher(sentence.substring(from, start)).matches()) {
                    break;
                }
                if (!m.code().equals(AUTHOR)) {
                    partners.add(m.code());
                }
                from = m.span().end() - offset;
            }
        }
        if (EU.matcher(sentence).find()) {
            partners.add("EU");
        }
        if (BENELUX.matcher(sentence).find()) {
            partners.add("Benelux");
        }
        if (LIKE_MINDED.matcher(sentence).find()) {
            partners.add("like-minded states");
        }
        return List.copyOf(partners);
    }
}
