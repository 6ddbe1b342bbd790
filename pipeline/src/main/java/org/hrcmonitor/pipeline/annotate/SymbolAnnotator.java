package org.hrcmonitor.pipeline.annotate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcmonitor.pipeline.document.Document;

/**
 * Sets the document's own UN symbol: the one in its header, not the many it cites.
 *
 * <p>Where to look, most trusted first: the distribution block of the first page ("United Nations A/HRC/43/2 ...
 * Distr.: General"), a metadata title that is nothing but a symbol, then a line near the top holding only a symbol
 * (the running page header). Text extraction puts the first page's header block after that page's body, so a short
 * decision's block can come after symbols its text cites; hence the block is searched for by its words, not taken to
 * be the first symbol. A Dutch law citing "A/RES/48/134" in its preamble gets no symbol.
 */
public final class SymbolAnnotator implements Annotator {
    /** Page one of a UN document is well within this; its header block is printed after its body. */
    private static final int FIRST_PAGE = 6000;
    private static final int TOP = 1500;
    private static final Pattern BLOCK = Pattern.compile(
            "United Nations (" + UnSymbols.SYMBOL + ")"
                    + "|(" + UnSymbols.SYMBOL + ") (?:General Assembly )?Distr\\b"
                    + "|Distr\\.?:? ?(?:general|limited|restricted) (" + UnSymbols.SYMBOL + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ONLY_SYMBOL = Pattern.compile("\\s*(" + UnSymbols.SYMBOL + ")\\s*");
    private static final Pattern LINE = Pattern.compile("\\R");

    @Override
    public Document annotate(Document doc) {
        return fromBlock(doc.text())
                .or(() -> onlySymbol(doc.metadata().getOrDefault("dc:title", doc.title())))
                .or(() -> runningHeader(doc.text()))
                .map(doc::withSymbol)
                .orElse(doc);
    }

    private static Optional<String> fromBlock(String text) {
        Matcher m = BLOCK.matcher(Head.flat(text, FIRST_PAGE));
        if (!m.find()) {
            return Optional.empty();
        }
        for (int g = 1; g <= 3; g++) {
            if (m.group(g) != null) {
                return Optional.of(UnSymbols.normalise(m.group(g)));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> runningHeader(String text) {
        return LINE.splitAsStream(Head.of(text, TOP)).map(SymbolAnnotator::onlySymbol).flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> onlySymbol(String value) {
        Matcher m = ONLY_SYMBOL.matcher(value == null ? "" : value);
        return m.matches() ? Optional.of(UnSymbols.normalise(m.group(1))) : Optional.empty();
    }
}
