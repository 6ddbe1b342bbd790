/**
 * Country tagging: {@link org.hrcmonitor.pipeline.tag.country.CountryAnnotator} finds country mentions in Dutch and
 * English text and gives each its ISO 3166-1 alpha-2 code; {@link org.hrcmonitor.pipeline.tag.country.Gazetteer}
 * holds the names and gives a code's display name for output. What is matched but names something else is dropped
 * by {@code ContextRules}, with {@code Languages}, {@code Places} and {@code Organisations} for the three largest
 * kinds.
 *
 * <p>How to add a name: a country's name or adjective that is missed goes in {@code extra-names.tsv} or
 * {@code demonyms.tsv} (resources of this package); a multiword name that contains a country word but is not about
 * that country ("Bank of America") goes in {@code not-countries.tsv}. Then add a line to the dev set in
 * {@code corpus/.gold/countries-dev.jsonl} and check {@code CountryEvaluationTest}. Never tune on a held-out set
 * ({@code countries-test8-nl.jsonl} now; {@code corpus/.gold/README.md} says which sets are held out).
 */
package org.hrcmonitor.pipeline.tag.country;
