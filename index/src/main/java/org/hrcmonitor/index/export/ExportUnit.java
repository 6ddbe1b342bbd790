package org.hrcmonitor.index.export;

import java.util.Locale;

/** What one export record stands for: a document or section (as search hits), or one sentence of one. */
public enum ExportUnit {
    DOCUMENT, SENTENCE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
