package org.hrcmonitor.models.eval;

import java.util.Locale;
import org.hrcmonitor.models.Language;

/**
 * Throughput of one pipeline stage on one thread.
 *
 * @param language        which language's models
 * @param stage           sentence+token, pos, lemma-dictionary or lemma-me
 * @param tokensPerSecond median over the timed runs
 * @param tokensPerRun    tokens processed in each run
 * @param runs            timed runs (after one untimed warm-up)
 * @param text            what was processed
 */
public record SpeedResult(Language language, String stage, double tokensPerSecond, long tokensPerRun, int runs,
                          String text) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s %.0f tokens/s (%d tokens x %d runs, %s)",
                language.code(), stage, tokensPerSecond, tokensPerRun, runs, text);
    }
}
