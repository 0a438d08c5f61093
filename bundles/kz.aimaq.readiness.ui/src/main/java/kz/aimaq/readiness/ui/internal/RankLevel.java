package kz.aimaq.readiness.ui.internal;

/** The levels the views rank: okrugs (units with their own akim and budget), districts, regions. */
enum RankLevel {
    OKRUG("level.okrug"),
    DISTRICT("level.district"),
    REGION("level.region");

    private final String key;

    RankLevel(String key) {
        this.key = key;
    }

    /** The key of the level's localised name. */
    String key() {
        return key;
    }
}
