/** Ingest runs: files → pipeline → index, with per-file outcomes counted into buckets and reported. */
package org.hrcmonitor.index.ingest;
