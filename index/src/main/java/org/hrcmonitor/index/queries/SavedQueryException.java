package org.hrcmonitor.index.queries;

import java.nio.file.Path;

/** A saved-queries file that cannot be used, with the file and line to fix. */
public final class SavedQueryException extends Exception {
    private final String file;
    private final int line;

    public SavedQueryException(String file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
    }

    static SavedQueryException of(Path file, int line, String reason) {
        return new SavedQueryException(file.toString(), line, reason);
    }

    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }
}
