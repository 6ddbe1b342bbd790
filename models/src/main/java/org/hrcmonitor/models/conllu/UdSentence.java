package org.hrcmonitor.models.conllu;

import java.util.List;

/**
 * One CoNLL-U sentence.
 *
 * @param id     the {@code sent_id}; the 2017 LassySmall file only has a bare {@code # wiki-1.p.2.s.3.xml}
 *               comment, which the reader turns into the same id form ({@code wiki-1.p.2.s.3})
 * @param text   the {@code # text} line, or null when the file has none
 * @param tokens the words in order
 */
public record UdSentence(String id, String text, List<UdToken> tokens) {

    public UdSentence {
        tokens = List.copyOf(tokens);
    }

    /** The words separated by single spaces: the key used to spot the same sentence under another id. */
    public String tokenString() {
        StringBuilder out = new StringBuilder();
        for (UdToken token : tokens) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(token.form());
        }
        return out.toString();
    }

    /**
     * The paragraph this sentence belongs to: the id without its trailing {@code .s.N}. Both
     * treebanks name sentences {@code <document>.p.<paragraph>.s.<sentence>}.
     */
    public String paragraphId() {
        int cut = id.lastIndexOf(".s.");
        return cut < 0 ? id : id.substring(0, cut);
    }

    /** The surface text rebuilt from the words and their SpaceAfter flags. */
    public String surface() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            UdToken token = tokens.get(i);
            out.append(token.form());
            if (token.spaceAfter() && i < tokens.size() - 1) {
                out.append(' ');
            }
        }
        return out.toString();
    }
}
