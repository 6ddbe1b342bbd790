package org.hrcmonitor.pipeline.document;

import java.util.Locale;

/** What sort of document this is, as staff file them. */
public enum Kind {
    LETTER, RESOLUTION, SESSION_RECORD, OTHER;

    /** The name used on the command line, in the index and in exports: {@code session-record}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Kind fromId(String id) {
        for (Kind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + id + "' (expected letter, resolution, session-record or other)");
    }
}
