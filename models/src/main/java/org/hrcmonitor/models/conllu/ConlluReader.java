package org.hrcmonitor.models.conllu;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the CoNLL-U files of the UD treebanks into {@link UdSentence}s.
 *
 * <p>Our own reader rather than OpenNLP's {@code ConlluStream}: the 2017 LassySmall file carries its
 * sentence id in a bare comment ({@code # wiki-659.p.13.s.1.xml}) that ConlluStream ignores, and the
 * overlap filter needs that id. Multiword-token range lines and empty nodes are skipped: the files we
 * use contain none (SOURCES.md: the only one, "nogeens", is in the missing Alpino train file).
 */
public final class ConlluReader {

    private static final String ID_PREFIX = "# sent_id = ";
    private static final String TEXT_PREFIX = "# text = ";

    private ConlluReader() {
    }

    public static List<UdSentence> read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString());
        }
    }

    /** Reads a CoNLL-U stream; {@code name} stands in for missing sentence ids and names the source in errors. */
    public static List<UdSentence> read(BufferedReader in, String name) throws IOException {
        List<UdSentence> sentences = new ArrayList<>();
        String id = null;
        String text = null;
        List<UdToken> tokens = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                addSentence(sentences, name, id, text, tokens);
                id = null;
                text = null;
                tokens = new ArrayList<>();
            } else if (line.startsWith(ID_PREFIX)) {
                id = line.substring(ID_PREFIX.length()).strip();
            } else if (line.startsWith(TEXT_PREFIX)) {
                text = line.substring(TEXT_PREFIX.length()).strip();
            } else if (line.startsWith("#")) {
                id = id == null ? bareCommentId(line) : id;
            } else {
                parseWord(line, name).ifPresent(tokens::add);
            }
        }
        addSentence(sentences, name, id, text, tokens);
        return sentences;
    }

    private static void addSentence(List<UdSentence> sentences, String name, String id, String text,
                                    List<UdToken> tokens) {
        if (!tokens.isEmpty()) {
            String key = id != null ? id : name + "#" + sentences.size();
            sentences.add(new UdSentence(key, text, tokens));
        }
    }

    /** {@code # wiki-659.p.13.s.1.xml} → {@code wiki-659.p.13.s.1}; other comments give no id. */
    private static String bareCommentId(String line) {
        String rest = line.substring(1).strip();
        return rest.endsWith(".xml") && !rest.contains(" ") ? rest.substring(0, rest.length() - 4) : null;
    }

    private static Optional<UdToken> parseWord(String line, String name) {
        String[] cols = line.split("\t", -1);
        if (cols.length != 10) {
            throw new IllegalArgumentException("Not a 10-column CoNLL-U word line in " + name + ": " + line);
        }
        if (cols[0].contains("-") || cols[0].contains(".")) {
            return Optional.empty();
        }
        boolean spaceAfter = !cols[9].contains("SpaceAfter=No");
        return Optional.of(new UdToken(cols[1], UdToken.usableLemma(cols[2]), cols[3], spaceAfter));
    }
}
