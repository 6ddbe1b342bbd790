package org.hrcmonitor.cli.output;

/**
 * Highlight marks in snippets ({@code <mark>word</mark>}) for the terminal: bold when output is a terminal, plain
 * {@code [word]} when piped, nothing at all for CSV cells.
 */
public final class Marks {
    private static final String BOLD = "\u001b[1;33m";
    private static final String RESET = "\u001b[0m";

    private Marks() {}

    public static String forTerminal(String snippet, boolean ansi) {
        return ansi ? snippet.replace("<mark>", BOLD).replace("</mark>", RESET)
                : snippet.replace("<mark>", "[").replace("</mark>", "]");
    }

    public static String strip(String snippet) {
        return snippet.replace("<mark>", "").replace("</mark>", "");
    }
}
