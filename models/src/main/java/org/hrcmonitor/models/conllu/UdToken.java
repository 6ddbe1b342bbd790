package org.hrcmonitor.models.conllu;

/**
 * One syntactic word of a CoNLL-U sentence, reduced to what the OpenNLP models learn from.
 *
 * @param form       the word as written
 * @param lemma      the lemma with the treebank's compound/separable-verb underscores removed
 *                   ({@code mee_nemen} becomes {@code meenemen}), because callers want a usable word
 * @param upos       the Universal POS tag
 * @param spaceAfter false when the MISC column says {@code SpaceAfter=No}; files without that
 *                   annotation report true everywhere, which is why they cannot train a tokenizer
 */
public record UdToken(String form, String lemma, String upos, boolean spaceAfter) {

    /** The lemma convention used throughout the project: treebank lemma minus underscores. */
    public static String usableLemma(String treebankLemma) {
        return treebankLemma.replace("_", "");
    }
}
