package org.hrcmonitor.pipeline.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cleaned and annotated document: the one object the index receives.
 *
 * <p>Immutable; each annotator returns a copy with its layer filled in ({@code withKind}, ...). All spans are
 * character offsets into {@link #text()}.
 *
 * @param id         stable id derived from the file's content (first 16 hex digits of its SHA-256)
 * @param hash       the full SHA-256 of the file's bytes, to tell changed files from unchanged ones
 * @param path       where the file was read from
 * @param mediaType  the detected media type
 * @param title      the title (from metadata, markup or the first line), never null
 * @param language   {@code nl}, {@code en} or {@code other}; null until annotated
 * @param kind       letter, resolution, session record or other ({@code OTHER} until an annotator knows better)
 * @param date       the document's date, or null when neither metadata nor text gives one
 * @param symbol     the UN document symbol, or null
 * @param text       the cleaned text: paragraphs separated by a blank line
 * @param paragraphs the paragraphs of {@code text}
 * @param sections   parts findable on their own (resolutions in a session report)
 * @param sentences  the sentences, each with its paragraph's language; empty until annotated
 * @param tokens     the tokens of all sentences, in text order; empty until annotated
 * @param countries  country mentions, in text order; empty until tagged
 * @param themes     themes per sentence, in text order; empty until tagged
 * @param commitments sentences in which the author commits to an action or position, in text order; empty until
 *                   extracted
 * @param metadata   the source's metadata, for rules that read it
 */
public record Document(String id, String hash, String path, String mediaType, String title, String language,
                       Kind kind, LocalDate date, String symbol, String text, List<Span> paragraphs,
                       List<Section> sections, List<Sentence> sentences, List<Span> tokens,
                       List<CountryMention> countries, List<ThemeTag> themes, List<Commitment> commitments,
                       Map<String, String> metadata) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        sections = List.copyOf(sections);
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        countries = List.copyOf(countries);
        themes = List.copyOf(themes);
        commitments = List.copyOf(commitments);
        metadata = Map.copyOf(metadata);
    }

    /**
     * A document as it comes out of clean-up: source facts and text, no annotation yet (kind {@code OTHER}, every
     * other layer empty).
     */
    public static Document unannotated(SourceDocument source, String text, List<Span> paragraphs) {
        return new Document(source.hash().substring(0, 16), source.hash(), source.path(), source.mediaType(),
                source.title() == null ? "" : source.title().strip(), null, Kind.OTHER, null, null, text, paragraphs,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), source.metadata());
    }

    public Document withLanguage(String value) {
        return new Document(id, hash, path, mediaType, title, value, kind, date, symbol, text, paragraphs, sections, sentences, tokens, countries, themes, commitments, metadata);
    }

    public Document withKind(Kind value) {
        return new Document(id, hash, path, mediaType, title, language, value, date, symbol, text, paragraphs, sections, sentences, tokens, countries, themes, commitments, metadata);
    }

    public Document withDate(LocalDate value) {
        return new Document(id, hash, path, mediaType, title, language, kind, value, symbol, text, paragraphs, sections, sentences, tokens, countries, themes, commitments, metadata);
    }

    public Document withSymbol(String value) {
        return new Document(id, hash, path, mediaType, title, language, kind, date, value, text, paragraphs, sections, sentences, tokens, countries, themes, commitments, metadata);
    }

    public Document withTitle(String value) {
        return new Document(id, hash, path, mediaType, value, language, kind, date, symbol, text, paragraphs, sections, sentences, tokens, countries, themes, commitments, metadata);
    }

    public Document withSections(List<Section> value) {
        return new Document(id, hash, path, mediaType, title, language, kind, date, symbol, text, paragraphs, value, sentences, tokens, countries, themes, commitments, metadata);
    }

    public Document withSentences(List<Sentence> value, List<Span> tokenSpans) {
        return new Document(id, hash, path, mediaType, title, language, kind, date, symbol, text, paragraphs, sections,
                value, tokenSpans, countries, themes, commitments, metadata);
    }

    public Document withCountries(List<CountryMention> value) {
        return new Document(id, hash, path, mediaType, title, language, kind, date, symbol, text, paragraphs, sections,
                sentences, tokens, value, themes, commitments, metadata);
    }

    public Document withThemes(List<ThemeTag> value) {
        return new Document(id, hash, path, mediaType, title, language, kind, date, symbol, text, paragraphs, sections,
                sentences, tokens, countries, value, commitments, metadata);
    }

    public Document withCommitments(List<Commitment> value) {
        return new Document(id, hash, path, mediaType, title, language, kind, date, symbol, text, paragraphs, sections,
                sentences, tokens, countries, themes, value, metadata);
    }

    /**
     * The same annotated document under another content hash (and so id) and path: what {@code hrc bench search}
     * indexes many times over to get a large index without annotating every copy again.
     */
    public Document withIdentity(String newHash, String newPath) {
        return new Document(newHash.substring(0, 16), newHash, newPath, mediaType, title, language, kind, date, symbol,
                text, paragraphs, sections, sentences, tokens, countries, themes, commitments, metadata);
    }

    /** The text of one span of this document. */
    public String textOf(Span span) {
        return span.of(text);
    }
}
