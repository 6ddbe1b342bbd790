package org.hrcmonitor.models.conllu;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A named set of sentences: one treebank file, or a filtered part of one.
 *
 * @param name      how reports and the manifest refer to it (the file name, plus a note when filtered)
 * @param sentences the sentences in file order
 */
public record Treebank(String name, List<UdSentence> sentences) {

    public Treebank {
        sentences = List.copyOf(sentences);
    }

    public static Treebank read(Path file) throws IOException {
        return new Treebank(file.getFileName().toString(), ConlluReader.read(file));
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
