package org.hrcmonitor.cli.export;

/** How export writes records: one JSON object per line, or CSV with a header row. */
public enum ExportFormat {
    jsonl, csv
}
