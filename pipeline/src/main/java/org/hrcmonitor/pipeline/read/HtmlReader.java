package org.hrcmonitor.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hrcmonitor.pipeline.document.SourceDocument;
import org.hrcmonitor.pipeline.source.SourceFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads HTML with Jsoup: the main content without navigation and scripts, the title, the headings and the
 * {@code <meta>} tags (Dublin Core {@code DC.*}/{@code DCTERMS.*}, overheid.nl's {@code OVERHEID.*}, Open Graph).
 *
 * <p>Saved government pages carry menus, cookie banners and footers around the text; indexing those would make every
 * page match "privacy" or "contact", so they are removed before the text is taken.
 */
public final class HtmlReader implements DocumentReader {
    /**
     * Cookie and consent banners under their usual names; only on block containers, because sites also tag
     * {@code <html>} or {@code <body>} with classes such as {@code tk_cookie-processed}.
     */
    private static final String BANNERS = "div[class*=cookie], div[id*=cookie], section[class*=cookie], "
            + "section[id*=cookie], aside[class*=cookie], div[class*=consent], div[id*=consent]";
    private static final String BOILERPLATE =
            "script, style, noscript, template, nav, header, footer, aside, form, button, iframe, svg, "
                    + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], .skiplink, "
                    + BANNERS;
    private static final String MAIN = "main, [role=main], article, #content, #main, .content";

    @Override
    public boolean accepts(String mediaType) {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }

    @Override
    public SourceDocument read(SourceFile file, String mediaType) throws ReadException {
        org.jsoup.nodes.Document page;
        try (InputStream in = Files.newInputStream(file.path())) {
            page = Jsoup.parse(in, null, file.path().toUri().toString());
        } catch (IOException e) {
            throw new ReadException("cannot read file: " + TikaReader.rootMessage(e), e);
        }
        Map<String, String> metadata = metaTags(page);
        page.select(BOILERPLATE).remove();
        Element main = page.selectFirst(MAIN);
        Element content = main != null ? main : page.body();
        List<String> headings = new ArrayList<>();
        for (Element h : content.select("h1, h2, h3, h4, h5, h6")) {
            if (!h.text().isBlank()) {
                headings.add(h.text());
            }
        }
        String title = firstNonBlank(metadata.get("DC.title"), metadata.get("DCTERMS.title"),
                metadata.get("og:title"), page.title(), headings.isEmpty() ? null : headings.get(0));
        String text = HtmlText.of(content);
        if (text.length() > TextLimit.MAX_CHARS) {
            text = text.substring(0, TextLimit.MAX_CHARS);
            metadata = TextLimit.markCut(metadata);
        }
        return new SourceDocument(DocumentReader.pathOf(file.path()), file.hash(), mediaType, text, title, headings,
                metadata);
    }

    private static Map<String, String> metaTags(org.jsoup.nodes.Document page) {
        Map<String, String> metadata = new HashMap<>();
        Elements metas = page.select("meta[content]");
        for (Element meta : metas) {
            String name = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
            String value = meta.attr("content").strip();
            if (!name.isBlank() && !value.isEmpty()) {
                metadata.putIfAbsent(name, value);
            }
        }
        return metadata;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
