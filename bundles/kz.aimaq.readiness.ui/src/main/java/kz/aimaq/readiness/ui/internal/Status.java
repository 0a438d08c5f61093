package kz.aimaq.readiness.ui.internal;

/**
 * Where the scoring stands, as the views show it.
 *
 * @param phase    the phase
 * @param progress share done while {@link Phase#COMPUTING}, 0–1
 * @param results  the latest complete results, or null
 * @param failure  what went wrong when {@link Phase#FAILED}, else empty
 */
record Status(Phase phase, double progress, ReadinessResults results, String failure) {

    enum Phase {
        /** No registry service: there are no units to score. */
        NO_REGISTRY,
        /** No okrug has submitted its return, and the user has not chosen the demonstration data. */
        NO_RETURNS,
        COMPUTING,
        READY,
        CANCELLED,
        FAILED
    }

    static Status of(Phase phase) {
        return new Status(phase, 0, null, "");
    }
}
