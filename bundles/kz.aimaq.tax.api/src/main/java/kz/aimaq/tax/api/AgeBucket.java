package kz.aimaq.tax.api;

/** Arrears ageing buckets, by days since the due date. */
public enum AgeBucket {
    UP_TO_30(1, 30),
    DAYS_31_90(31, 90),
    DAYS_91_180(91, 180),
    OVER_180(181, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    AgeBucket(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The bucket of a debt {@code daysOverdue} days past its due date (at least 1). */
    public static AgeBucket of(long daysOverdue) {
        for (AgeBucket b : values()) {
            if (daysOverdue >= b.from && daysOverdue <= b.to) {
                return b;
            }
        }
        throw new IllegalArgumentException("a debt is overdue from day 1, not " + daysOverdue);
    }
}
