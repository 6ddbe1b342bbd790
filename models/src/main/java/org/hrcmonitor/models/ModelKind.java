package org.hrcmonitor.models;

/** The model files a language can have; the pipeline asks {@link LanguageModels} for the tool built on each. */
public enum ModelKind {
    SENTENCE,
    TOKEN,
    POS,
    /** Word form + POS → lemma table with a fallback: the fast lemmatizer (see {@code LemmaDictionary}). */
    LEMMA_DICTIONARY,
    /** OpenNLP's statistical lemmatizer: more context-aware, about ten times slower. */
    LEMMA_ME
}
