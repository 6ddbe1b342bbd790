package org.hrcmonitor.index.followup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Evidence ids: {@code DOCUMENT@OFFSET}, the document id and the start of the passage's middle sentence. */
public final class EvidenceId {
    private static final Pattern FORM = Pattern.compile("([0-9a-f]{16})@(\\d+)");

    private EvidenceId() {}

    static String of(String documentId, int offset) {
        return documentId + "@" + offset;
    }

    /** Whether a string has the form of an evidence id (for checking what staff typed). */
    public static boolean valid(String id) {
        return FORM.matcher(id).matches();
    }

    static String documentOf(String id) {
        return parse(id).group(1);
    }

    static int offsetOf(String id) {
        return Integer.parseInt(parse(id).group(2));
    }

    private static Matcher parse(String id) {
        Matcher m = FORM.matcher(id);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an evidence id (DOCUMENT@OFFSET): " + id);
        }
        return m;
    }
}
