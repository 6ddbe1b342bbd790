/**
 * Language models for HRC Monitor: {@link org.hrcmonitor.models.LanguageDetection} tells a text's language, and
 * {@link org.hrcmonitor.models.LanguageModels} hands the pipeline a sentence detector, tokenizer, POS tagger and
 * lemmatizer per {@link org.hrcmonitor.models.Language}. Sub-packages train ({@code train}) and measure
 * ({@code eval}) them; {@code conllu} reads treebanks and {@code lemma} holds the table-based lemmatizer. Nothing
 * here reads documents or knows about the index.
 */
package org.hrcmonitor.models;
