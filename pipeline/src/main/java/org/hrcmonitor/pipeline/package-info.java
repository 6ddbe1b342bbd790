/**
 * Turning files into annotated documents. Sub-packages by concern: {@code source} finds files, {@code read} extracts
 * text per format, {@code text} cleans it, {@code annotate} adds the layers (language, kind, date, symbol, sections),
 * {@code document} holds the immutable objects passed between them.
 */
package org.hrcmonitor.pipeline;
