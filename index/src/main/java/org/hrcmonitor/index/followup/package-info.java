/**
 * Follow-up of commitments: which passages of later documents show that a commitment was carried out.
 *
 * <p>{@link org.hrcmonitor.index.followup.FollowUps} is the entry point: for a commitment from the index it asks
 * {@code EvidenceFinder} for candidate passages ({@code Cues} → {@code CueQuery} → {@code Passages} →
 * {@code PassageScoring}), applies the staff {@link org.hrcmonitor.index.followup.Judgements} and decides the
 * {@link org.hrcmonitor.index.followup.Status}. Nothing here loads a parser or a statistical model; the bilingual
 * word lists are the theme taxonomy, the country gazetteer and {@code glossary.tsv} (add a line there when evidence
 * in the other language is missed for want of a translation).
 */
package org.hrcmonitor.index.followup;
