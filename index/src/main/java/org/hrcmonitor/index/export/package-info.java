/**
 * Exports for other trackers: every match of a search, in the order it entered the index, one record per document,
 * section or sentence, each with the cursor ({@code seq}) a caller resumes after.
 */
package org.hrcmonitor.index.export;
