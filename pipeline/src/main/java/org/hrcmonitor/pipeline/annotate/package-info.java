/** Annotators: each one small step that adds one layer (language, kind, date, symbol, sections) to a document. */
package org.hrcmonitor.pipeline.annotate;
