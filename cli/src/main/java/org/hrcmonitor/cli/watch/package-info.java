/**
 * {@code hrc watch}: delivers each new match of each saved query once, to a JSON Lines file and/or a webhook, with
 * per-target, per-query cursors kept in {@code <index>/watch/} so that a failing endpoint loses nothing and a re-run
 * resumes where the last one stopped.
 *
 * <p>To add a kind of target, implement {@link org.hrcmonitor.cli.watch.Target}: it gets one delivery at a time and
 * either returns (delivered) or throws (to be retried, then left for the next run).
 */
package org.hrcmonitor.cli.watch;
