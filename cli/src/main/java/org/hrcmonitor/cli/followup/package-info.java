/**
 * Commitments and their follow-up on the command line: {@code hrc commitments} lists and filters what the index
 * found, {@code hrc followup} shows the evidence for one commitment or all of them, and {@code hrc followup
 * confirm|reject} records staff judgements. The finding and scoring itself lives in the index module's
 * {@code followup} package.
 */
package org.hrcmonitor.cli.followup;
