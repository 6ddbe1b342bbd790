package org.hrcmonitor.cli.watch;

import java.io.IOException;
import java.time.Duration;

/**
 * Tries a delivery up to {@code attempts} times, waiting {@code backoff}, then twice that, and so on between tries
 * (exponential backoff, capped at {@value #MAX_WAIT_SECONDS} s), so a briefly failing endpoint recovers within one run
 * and a dead one is not hammered.
 */
record Retrying(int attempts, Duration backoff) {
    private static final long MAX_WAIT_SECONDS = 300;

    Retrying {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
    }

    /** The outcome: how many tries it took, and the last error if every try failed. */
    record Outcome(int tries, IOException error) {
        boolean delivered() {
            return error == null;
        }
    }

    Outcome deliver(Target target, Delivery delivery, String json) throws InterruptedException {
        IOException last = null;
        for (int i = 1; i <= attempts; i++) {
            try {
                target.deliver(delivery, json);
                return new Outcome(i, null);
            } catch (IOException e) {
                last = e;
            }
            if (i < attempts) {
                Thread.sleep(wait(i).toMillis());
            }
        }
        return new Outcome(attempts, last);
    }

    /** The wait after the n-th failed try. */
    Duration wait(int n) {
        Duration d = backoff.multipliedBy(1L << Math.min(n - 1, 20));
        return d.compareTo(Duration.ofSeconds(MAX_WAIT_SECONDS)) > 0 ? Duration.ofSeconds(MAX_WAIT_SECONDS) : d;
    }
}
