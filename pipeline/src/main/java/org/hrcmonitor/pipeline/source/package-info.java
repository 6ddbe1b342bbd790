/** Finding the files to ingest and telling, by content hash, which document each one is. */
package org.hrcmonitor.pipeline.source;
