package org.hrcmonitor.index.export;

/**
 * What an export run wrote.
 *
 * @param records           records written
 * @param matches           documents and sections that matched (a sentence export writes several records per match,
 *                          or none when no sentence of it qualifies)
 * @param withoutSentences  matches indexed before sentences were stored, skipped by a sentence export (re-ingest
 *                          into a fresh index to include them)
 * @param cursor            resume after this with {@code --since}: every entry up to it has been looked at
 */
public record ExportSummary(long records, long matches, long withoutSentences, long cursor) {}
