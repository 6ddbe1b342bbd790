package org.hrcmonitor.cli.watch;

import java.io.IOException;

/** Where deliveries go. Returning means delivered; throwing means not (yet): watch retries, then stops for this run. */
public interface Target {
    /** A stable description ({@code file:/abs/path}, {@code webhook:https://...}) that names its delivery state. */
    String name();

    void deliver(Delivery delivery, String json) throws IOException;
}
