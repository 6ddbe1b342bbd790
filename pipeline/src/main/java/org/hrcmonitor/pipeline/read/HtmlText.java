package org.hrcmonitor.pipeline.read;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to text: block elements become paragraphs (a blank line between them), inline elements flow, {@code <br>}
 * is a line break, and the cells of a table row stay on one line (jsoup counts cells as blocks, but a row is what
 * reads as one statement: "Aangenomen 30"). Clean-up later reflows lines and tidies spaces, so this only has to keep the block structure.
 */
final class HtmlText {
    private HtmlText() {}

    private static boolean isCell(Element e) {
        return e.normalName().equals("td") || e.normalName().equals("th");
    }

    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.append('\n');
                } else if (node instanceof Element e && e.isBlock() && !isCell(e)) {
                    out.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && isCell(e)) {
                    out.append(' ');
                } else if (node instanceof Element e && e.isBlock()) {
                    out.append("\n\n");
                }
            }
        }, root);
        // character classes only: a repeated group recurses once per repetition, and 100,000 nested blocks (a page
        // generated in a loop) give that many blank lines in a row, enough to overflow the stack
        return out.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n[ \\t]*\n[ \\t\n]*", "\n\n").strip();
    }
}
