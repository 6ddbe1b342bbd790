/**
 * Weekly theme and country reports: per ISO week, how many documents and sentences (or country mentions) address
 * each theme (or country), and the change against the week before. Documents are selected with the same
 * {@link org.hrcmonitor.index.search.Searcher#withFilters} as search, so a cell equals the document count of the matching
 * {@code hrc search} for that week; rendering (CSV, Markdown, JSON, HTML) is the command line's job.
 */
package org.hrcmonitor.index.report;
