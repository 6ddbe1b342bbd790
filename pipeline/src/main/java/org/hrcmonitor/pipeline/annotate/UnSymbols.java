package org.hrcmonitor.pipeline.annotate;

import java.util.regex.Pattern;

/**
 * The shape of a General Assembly / Human Rights Council document symbol (A/HRC/RES/43/1, A/HRC/DEC/14/105,
 * A/HRC/43/2, A/HRC/WG.6/20/SVN/1, A/HRC/14/15/Add.1, A/RES/48/134).
 *
 * <p>PDF extraction sometimes puts a space next to a slash ("A/HRC/43/ 2"), so single spaces around slashes are
 * allowed and removed by {@link #normalise(String)}. Treaty-body symbols (CCPR/C/..., E/CN.4/...) are left out: the
 * corpus is about the Council.
 */
final class UnSymbols {
    private static final String SLASH = " ?/ ?";
    private static final String BODY = "(?:(?:HRC|RES|DEC|PRST|WG\\.\\d+|S-\\d+|INF|C\\.\\d)" + SLASH + ")*";
    private static final String PART = "(?:Add\\.\\d+|Corr\\.\\d+|Rev\\.\\d+|L\\.\\d+|[A-Z]{3}|\\d+)";
    /** One symbol; no capturing groups, so callers can embed it in their own patterns. */
    static final String SYMBOL = "(?<![\\w/])A" + SLASH + BODY + "(?:S-)?\\d+(?:" + SLASH + PART + ")*(?![\\w/])";
    static final Pattern PATTERN = Pattern.compile(SYMBOL);
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private UnSymbols() {}

    /** The symbol without the spaces extraction added: "A/HRC/43/ 2" becomes "A/HRC/43/2". */
    static String normalise(String symbol) {
        return SPACE.matcher(symbol).replaceAll("");
    }
}
