package kz.aimaq.readiness.internal;

/** Quickselect on a range of an int array. */
final class Selection {

    private Selection() {
    }

    /**
     * Rearranges {@code a[from, to)} so that {@code a[k]} holds the value it would hold if the
     * range were sorted, with no greater value before it and no smaller one after it. Does
     * nothing when {@code k} is outside the range (an empty prefix).
     */
    static void select(int[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        if (k < lo || k > hi) {
            return;
        }
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            // median of three as pivot: sorted runs (ranks often are) stay linear
            if (a[mid] < a[lo]) {
                swap(a, mid, lo);
            }
            if (a[hi] < a[lo]) {
                swap(a, hi, lo);
            }
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
            }
            int pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i++, j--);
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
