/**
 * Readers: one per format family (Jsoup for HTML, Tika for everything else), chosen by {@link
 * org.hrcmonitor.pipeline.read.Readers} from the detected media type. A file that cannot be read raises a {@link
 * org.hrcmonitor.pipeline.read.ReadException} whose message is the reason shown to the user.
 */
package org.hrcmonitor.pipeline.read;
