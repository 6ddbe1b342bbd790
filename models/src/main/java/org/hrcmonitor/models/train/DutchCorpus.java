package org.hrcmonitor.models.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hrcmonitor.models.conllu.Treebank;
import org.hrcmonitor.models.conllu.UdSentence;
import org.hrcmonitor.models.eval.ModelEvaluator;

/**
 * The Dutch training data, chosen so that the Alpino test set stays unseen (it is where the bars are measured).
 *
 * <p>The current train files of both treebanks are missing (SOURCES.md), so we train on everything else:
 * Alpino dev, LassySmall dev and test (these have {@code # text} and SpaceAfter, so they can teach sentence
 * boundaries and tokenization), plus the 2017 LassySmall train file for POS and lemmas only (it has neither).
 * That old file used an earlier split, so sentences whose id or word sequence occurs in any current file
 * (including Alpino test) are removed first.
 *
 * @param withText         files with {@code # text} and SpaceAfter: sentence detector, tokenizer, POS, lemmas
 * @param oldLassySmall    the filtered 2017 file: POS and lemmas only
 * @param oldLassyRemoved  how many of its sentences the overlap filter removed
 */
public record DutchCorpus(List<Treebank> withText, Treebank oldLassySmall, int oldLassyRemoved) {

    public static final String ALPINO_DEV = "UD_Dutch-Alpino/nl_alpino-ud-dev.conllu";
    public static final String LASSY_DEV = "UD_Dutch-LassySmall/nl_lassysmall-ud-dev.conllu";
    public static final String LASSY_TEST = "UD_Dutch-LassySmall/nl_lassysmall-ud-test.conllu";
    public static final String LASSY_OLD_TRAIN = "UD_Dutch-LassySmall/nl_lassysmall-ud-train.2017-02-01.conllu";

    public DutchCorpus {
        withText = List.copyOf(withText);
    }

    /** Reads the training files from the directory laid out as /work/shared/nlp-data. */
    public static DutchCorpus load(Path dataDir) throws IOException {
        List<Treebank> withText = List.of(
                Treebank.read(dataDir.resolve(ALPINO_DEV)),
                Treebank.read(dataDir.resolve(LASSY_DEV)),
                Treebank.read(dataDir.resolve(LASSY_TEST)));
        Treebank alpinoTest = ModelEvaluator.dutchTestSet(dataDir);
        Treebank old = Treebank.read(dataDir.resolve(LASSY_OLD_TRAIN));

        Set<String> ids = new HashSet<>();
        Set<String> wordSequences = new HashSet<>();
        Stream.concat(withText.stream(), Stream.of(alpinoTest)).flatMap(t -> t.sentences().stream()).forEach(s -> {
            ids.add(s.id());
            wordSequences.add(s.tokenString());
        });
        List<UdSentence> kept = new ArrayList<>();
        for (UdSentence sentence : old.sentences()) {
            if (!ids.contains(sentence.id()) && !wordSequences.contains(sentence.tokenString())) {
                kept.add(sentence);
            }
        }
        Treebank filtered = new Treebank(old.name() + " (minus sentences in current dev/test)", kept);
        return new DutchCorpus(withText, filtered, old.sentences().size() - kept.size());
    }

    public List<UdSentence> sentencesWithText() {
        return withText.stream().flatMap(t -> t.sentences().stream()).toList();
    }

    public List<UdSentence> allSentences() {
        return Stream.concat(sentencesWithText().stream(), oldLassySmall.sentences().stream()).toList();
    }
}
