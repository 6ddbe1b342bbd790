package org.hrcmonitor.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.hrcmonitor.index.ingest.FileResult;
import org.hrcmonitor.index.ingest.Ingester;

/**
 * A progress bar on stderr for long ingest runs, shown only when a person is watching a terminal: piped or
 * redirected output stays free of control characters.
 */
public final class Progress implements Ingester.Listener, AutoCloseable {
    private final String task;
    private ProgressBar bar;

    Progress(String task) {
        this.task = task;
    }

    public static boolean onTerminal() {
        return System.console() != null;
    }

    @Override
    public void started(int files) {
        if (onTerminal() && files > 1) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(files).setUnit(" files", 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }
    }

    @Override
    public void finished(FileResult result) {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
