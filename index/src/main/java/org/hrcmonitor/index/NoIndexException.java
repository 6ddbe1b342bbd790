package org.hrcmonitor.index;

import java.io.IOException;
import java.nio.file.Path;

/** There is no index at the given place yet. */
public final class NoIndexException extends IOException {
    public NoIndexException(Path dir) {
        super("no index at " + dir + ": run 'hrc ingest PATH...' first (or point --index / HRC_INDEX at one)");
    }
}
