package org.hrcmonitor.index.report;

import java.time.LocalDate;

/**
 * A document listed under its week, the ones that address the report's columns most first.
 *
 * @param weight sentences (themes) or mentions (countries) of the report's columns in the document
 */
public record ReportDocument(String id, String title, String kind, LocalDate date, String symbol, String path,
                             int weight) {}
