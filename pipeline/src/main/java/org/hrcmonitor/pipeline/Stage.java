package org.hrcmonitor.pipeline;

/** The stages of ingestion that the benchmark times separately. */
public enum Stage {
    EXTRACT, CLEAN,
    /** Language, symbol, kind, date, title, sections, sentences and tokens. */
    ANNOTATE,
    /** Countries and themes. */
    TAG,
    COMMITMENTS, INDEX
}
