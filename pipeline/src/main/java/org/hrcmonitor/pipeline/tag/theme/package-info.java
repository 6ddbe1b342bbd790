/**
 * Theme tagging: which human-rights themes each sentence addresses, from a bilingual taxonomy of terms.
 *
 * <p>{@link org.hrcmonitor.pipeline.tag.theme.Taxonomy} reads {@code themes.yaml} (the themes, their Dutch and
 * English terms, named treaties and mandates, bodies such as the Mensenrechtenraad, names whose words tag nothing);
 * {@link org.hrcmonitor.pipeline.tag.theme.ThemeAnnotator} matches the terms on normalised word forms; {@link org.hrcmonitor.pipeline.tag.theme.UprThemeEvaluation} measures it against
 * UPR Info's issue labels. To add a term, add it to the YAML in dictionary form and rerun the evaluation.
 */
package org.hrcmonitor.pipeline.tag.theme;
