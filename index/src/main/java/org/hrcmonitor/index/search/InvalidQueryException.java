package org.hrcmonitor.index.search;

/** The query text is not valid query syntax; the message says where and why. */
public final class InvalidQueryException extends Exception {
    public InvalidQueryException(String query, String reason) {
        super("cannot parse query '" + query + "': " + firstLine(reason));
    }

    private static String firstLine(String reason) {
        if (reason == null) {
            return "syntax error";
        }
        int nl = reason.indexOf('\n');
        return nl < 0 ? reason : reason.substring(0, nl);
    }
}
