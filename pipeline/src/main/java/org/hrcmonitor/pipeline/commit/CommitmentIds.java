package org.hrcmonitor.pipeline.commit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.hrcmonitor.pipeline.source.FileSource;

/**
 * Ids for commitments that survive re-ingest: {@code c-} and 12 hex digits of the SHA-256 of the sentence, normalised
 * (lower case, single spaces, straight quotes), and the document's date.
 *
 * <p>The document id is left out on purpose: it is a hash of the file's bytes, so fixing a typo elsewhere in a letter,
 * or ingesting its PDF and its HTML version, would change or split the commitment and lose the judgements staff
 * recorded on it. The date is in: the same sentence in a later letter is a new promise, with its own time frame and
 * its own follow-up. Two identical sentences in one letter are one commitment.
 */
final class CommitmentIds {
    private CommitmentIds() {
    }

    static String of(String sentence, LocalDate date) {
        String normal = sentence.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip()
                .replaceAll("[‘’]", "'").replaceAll("[“”]", "\"");
        String key = normal + "|" + (date == null ? "" : date.toString());
        return "c-" + FileSource.hash(key.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}
