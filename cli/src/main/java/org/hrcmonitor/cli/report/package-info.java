/**
 * {@code hrc report weekly}: the command-line face of {@link org.hrcmonitor.index.report}. It renders one computed
 * report as text, Markdown, CSV, JSON or a self-contained HTML page with a JFreeChart heat map; the report goes to
 * stdout or {@code --out}, progress and the summary to stderr.
 */
package org.hrcmonitor.cli.report;
