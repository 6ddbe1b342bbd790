package org.hrcmonitor.cli.followup;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.hrcmonitor.index.followup.Judgements;

/** Reads the judgements kept with an index, warning on standard error about lines it had to skip. */
final class JudgementFile {
    private JudgementFile() {}

    static Judgements read(Path indexDir, PrintWriter err) throws IOException {
        Judgements judgements = Judgements.in(indexDir);
        for (String line : judgements.unreadable()) {
            err.println("hrc: warning: skipped unreadable judgement " + line);
        }
        err.flush();
        return judgements;
    }
}
