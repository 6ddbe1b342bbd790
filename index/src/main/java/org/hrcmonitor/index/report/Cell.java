package org.hrcmonitor.index.report;

/**
 * One column of one week.
 *
 * @param column          the theme id or country code
 * @param documents       documents of the week that address it (sections are part of their document)
 * @param count           sentences addressing the theme, or mentions of the country, in those documents
 * @param documentsChange {@code documents} minus the previous week's
 * @param countChange     {@code count} minus the previous week's
 */
public record Cell(String column, int documents, int count, int documentsChange, int countChange) {}
