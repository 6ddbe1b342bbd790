package org.hrcmonitor.pipeline.text;

/** Placeholder until the clean-up rules land: see the text-cleanup branch. */
public final class TextCleaner {
    public CleanText clean(String raw) {
        throw new UnsupportedOperationException("not yet");
    }
}
