/**
 * Country tagging: {@link org.hrcmonitor.pipeline.tag.country.CountryAnnotator} finds country mentions in Dutch and
 * English text and gives each its ISO 3166-1 alpha-2 code; {@link org.hrcmonitor.pipeline.tag.country.Gazetteer}
 * holds the names and gives a code's display name for output.
 *
 * <p>How to add a name: a country's name or adjective that is missed goes in {@code extra-names.tsv} or
 * {@code demonyms.tsv} (resources of this package); a multiword name that contains a country word but is not about
 * that country ("Bank of America") goes in {@code not-countries.tsv}. Then add a line to the dev set in
 * {@code corpus/.gold/countries-dev.jsonl} and check {@code CountryEvaluationTest}. Never tune on
 * {@code countries-test2.jsonl}: it is the held-out set.
 */
package org.hrcmonitor.pipeline.tag.country;
