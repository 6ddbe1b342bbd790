/**
 * Annotators: each one small step that adds one layer (language, symbol, kind, date, title, sections) to a document.
 *
 * <p>Order matters where a rule reads an earlier layer: {@link org.hrcmonitor.pipeline.annotate.KindAnnotator} reads
 * the symbol (A/HRC/RES/... is a resolution) and {@link org.hrcmonitor.pipeline.annotate.DateAnnotator} the kind (a
 * resolution is dated by its adoption). Rules that read a header work on raw extractions and cleaned text alike.
 */
package org.hrcmonitor.pipeline.annotate;
