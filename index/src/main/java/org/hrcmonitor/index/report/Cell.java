package org.hrcmonitor.index.report;

/**
 * One column of one week.
 *
 * @param column          the theme id, country code or saved-query name
 * @param documents       documents of the week that address it (sections are part of their document)
 * @param count           sentences addressing the theme or mentions of the country in those documents; for a saved
 *                        query its matches, documents and sections
 * @param documentsChange {@code documents} minus the previous week's
 * @param countChange     {@code count} minus the previous week's
 */
public record Cell(String column, int documents, int count, int documentsChange, int countChange) {}
