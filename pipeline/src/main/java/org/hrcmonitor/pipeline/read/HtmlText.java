package org.hrcmonitor.pipeline.read;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to text: block elements become paragraphs (a blank line between them), inline elements flow, {@code <br>}
 * is a line break. Clean-up later reflows lines and tidies spaces, so this only has to keep the block structure.
 */
final class HtmlText {
    private HtmlText() {}

    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.append('\n');
                } else if (node instanceof Element e && e.isBlock()) {
                    out.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    out.append("\n\n");
                } else if (node instanceof Element e && (e.normalName().equals("td") || e.normalName().equals("th"))) {
                    out.append(' ');
                }
            }
        }, root);
        return out.toString().replaceAll("[ \\t]*\\n[ \\t]*(\\n[ \\t]*)+", "\n\n").strip();
    }
}
