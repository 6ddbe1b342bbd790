/**
 * The table-based lemmatizer (word form + POS → lemma, with a compound-aware fallback) and the builder that
 * derives its table from treebanks. Chosen over OpenNLP's LemmatizerME for speed; the evaluation and bench
 * commands show both so the trade-off stays visible.
 */
package org.hrcmonitor.models.lemma;
