package org.hrcmonitor.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.hrcmonitor.models.lemma.LemmaDictionary;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Dutch body text: standard tokens, lowercase, Dutch stop words, lemma from the table, then the Snowball Dutch
 * stemmer, so that {@code mensenrechtenschendingen} and {@code mensenrechtenschending} meet.
 */
final class DutchLemmaAnalyzer extends Analyzer {
    private final LemmaDictionary table;

    DutchLemmaAnalyzer(LemmaDictionary table) {
        this.table = table;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, DutchAnalyzer.getDefaultStopSet());
        stream = new LemmaFilter(stream, table);
        return new TokenStreamComponents(source, new SnowballFilter(stream, new DutchStemmer()));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
