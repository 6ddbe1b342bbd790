package org.hrcmonitor.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MediansTest {
    @Test
    void percentilesTakeTheNearestRank() {
        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) {
            hundred[99 - i] = i + 1; // 100 down to 1: the order given must not matter
        }
        assertEquals(50, Medians.percentile(hundred, 50));
        assertEquals(95, Medians.percentile(hundred, 95));
        assertEquals(99, Medians.percentile(hundred, 99));
        assertEquals(100, Medians.percentile(hundred, 100));
        assertEquals(7, Medians.percentile(new double[] {7}, 99));
    }

    @Test
    void aMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, Medians.of(new double[] {4, 1, 3, 2}));
    }
}
