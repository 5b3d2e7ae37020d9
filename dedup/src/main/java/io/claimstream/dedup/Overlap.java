package io.claimstream.dedup;

import java.util.Arrays;

/**
 * Set overlap over sorted distinct arrays of hashes. The short[] and int[] twins are deliberate: these loops run once
 * per candidate pair on the dedup hot path, and Java cannot share code over primitive arrays without boxing or copying.
 */
final class Overlap {

    private Overlap() {
    }

    static int intersection(short[] a, short[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    static int intersection(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    static double dice(short[] a, short[] b) {
        return a.length + b.length == 0 ? 0 : 2.0 * intersection(a, b) / (a.length + b.length);
    }

    /** Share of the smaller set found in the larger one. */
    static double containment(int[] a, int[] b) {
        int min = Math.min(a.length, b.length);
        return min == 0 ? 0 : (double) intersection(a, b) / min;
    }

    static double containment(short[] a, short[] b) {
        int min = Math.min(a.length, b.length);
        return min == 0 ? 0 : (double) intersection(a, b) / min;
    }

    static boolean contains(int[] sorted, int value) {
        return Arrays.binarySearch(sorted, value) >= 0;
    }

    /**
     * Elements a and b share that are in neither {@code excluded} nor {@code alsoExcluded} (both sorted): the same
     * count as against their union, without building it for every sentence pair.
     */
    static int intersectionOutside(short[] a, short[] b, short[] excluded, short[] alsoExcluded) {
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                if (Arrays.binarySearch(excluded, a[i]) < 0 && Arrays.binarySearch(alsoExcluded, a[i]) < 0) {
                    n++;
                }
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }
}
