package org.hrcmonitor.index;

import java.nio.file.Path;

/** Another process (an ingest run) holds the index's write lock. */
public final class IndexBusyException extends Exception {
    public IndexBusyException(Path dir) {
        super("the index at " + dir + " is busy: another 'hrc ingest' is writing to it; try again when it has finished");
    }
}
