package org.hrcmonitor.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hrcmonitor.cli.output.Json;
import org.hrcmonitor.pipeline.read.ReadException;

/**
 * Labelled JSON Lines as the eval commands read them: every parsed line goes to the scorer with its number; an
 * unreadable file or a bad line is named on stderr and counted, and the rest of the batch is still scored.
 */
final class GoldLines {
    /** Scores one labelled line; throws with a one-line reason when the line cannot be scored. */
    interface Scorer {
        void score(int number, JsonNode item) throws IOException, ReadException;
    }

    private final PrintWriter err;
    private int bad;

    GoldLines(PrintWriter err) {
        this.err = err;
    }

    void read(Path file, Scorer scorer) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("hrc: " + file + ": cannot read (" + e.getMessage() + ")");
            bad++;
            return;
        }
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            if (line.isBlank()) {
                continue;
            }
            try {
                scorer.score(number, Json.mapper().readTree(line));
            } catch (IOException | ReadException e) {
                err.println("hrc: " + file + ":" + number + ": " + e.getMessage().lines().findFirst().orElse(""));
                bad++;
            }
        }
    }

    /** The exit status: 1 when a file or line could not be scored. */
    int exitStatus() {
        return bad == 0 ? 0 : 1;
    }
}
