/**
 * Clean-up of raw extracted text into paragraphs: {@link org.hrcmonitor.pipeline.text.TextCleaner} is the only
 * public entry point; the steps behind it (characters, reflow, dehyphenation) are package-private so their rules can
 * change without touching callers.
 */
package org.hrcmonitor.pipeline.text;
