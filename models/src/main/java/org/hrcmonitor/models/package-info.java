/**
 * Language models for HRC Monitor: {@link org.hrcmonitor.models.LanguageModels} hands the pipeline a
 * sentence detector, tokenizer, POS tagger and lemmatizer per {@link org.hrcmonitor.models.Language}.
 * Sub-packages train ({@code train}) and measure ({@code eval}) them; {@code conllu} reads treebanks and
 * {@code lemma} holds the table-based lemmatizer.
 */
package org.hrcmonitor.models;
