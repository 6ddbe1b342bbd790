package org.hrcmonitor.pipeline;

/** The stages of ingestion that the benchmark times separately. */
public enum Stage {
    EXTRACT, CLEAN, ANNOTATE, INDEX
}
