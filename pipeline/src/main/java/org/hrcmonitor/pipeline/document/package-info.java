/**
 * The few immutable objects that pass between stages: {@link org.hrcmonitor.pipeline.document.SourceDocument}
 * (what a reader extracted) and {@link org.hrcmonitor.pipeline.document.Document} (cleaned text with annotation
 * layers as character-offset spans), which the index turns into Lucene documents.
 */
package org.hrcmonitor.pipeline.document;
