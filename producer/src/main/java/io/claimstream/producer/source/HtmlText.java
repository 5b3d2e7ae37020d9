package io.claimstream.producer.source;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** HTML to plain text that keeps paragraph breaks (jsoup's {@code text()} runs paragraphs together). */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "blockquote", "pre", "br", "tr", "figcaption", "header", "footer", "ul", "ol", "table", "dd", "dt");

    private HtmlText() {
    }

    public static String of(String html) {
        return of(Jsoup.parseBodyFragment(html == null ? "" : html).body());
    }

    public static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        }, root);
        return tidy(out.toString());
    }

    /** Collapses spaces inside lines and keeps one blank line between paragraphs. */
    static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.replace('\u00A0', ' ').split("\n")) {
            String collapsed = line.replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
            if (collapsed.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(collapsed);
        }
        return out.toString();
    }
}
