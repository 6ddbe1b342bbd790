/**
 * Commitment extraction: sentences in which the author government commits to an action or position, with who, what,
 * with whom, when and how much.
 *
 * <p>{@link org.hrcmonitor.pipeline.commit.CommitmentAnnotator} runs after sentences, countries and themes. It asks
 * {@link org.hrcmonitor.pipeline.commit.Clauses} whether a sentence has the author ({@link
 * org.hrcmonitor.pipeline.commit.Author}) as subject of a commissive form (Dutch and English lexicons in {@link
 * org.hrcmonitor.pipeline.commit.CommissiveForms}, Dutch future meaning in {@link
 * org.hrcmonitor.pipeline.commit.DutchFuture}), then fills the details: {@link
 * org.hrcmonitor.pipeline.commit.Actions}, {@link org.hrcmonitor.pipeline.commit.Partners}, {@link
 * org.hrcmonitor.pipeline.commit.TimeFrames}, {@link org.hrcmonitor.pipeline.commit.Quantities} and {@link
 * org.hrcmonitor.pipeline.commit.CommitmentIds}. Everything works on lower-cased tokens and regular expressions, with no
 * tagger or lemmatizer, so ingestion stays fast. The labelling conventions it follows are in
 * {@code corpus/.gold/README.md}; to extend a lexicon, add the form and rerun {@code hrc eval commitments} on the dev
 * set.
 */
package org.hrcmonitor.pipeline.commit;
