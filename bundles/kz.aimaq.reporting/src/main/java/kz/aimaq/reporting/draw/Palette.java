package kz.aimaq.reporting.draw;

/** Series colours, distinguishable in print and for most colour-blind readers (Okabe–Ito). */
public final class Palette {

    private static final int[] SERIES = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442, 0x999999};

    public static final int TEXT = 0x222222;
    public static final int AXIS = 0x666666;
    public static final int GRID = 0xDDDDDD;
    public static final int NO_DATA = 0xCCCCCC;

    private Palette() {
    }

    public static int series(int index) {
        return SERIES[Math.floorMod(index, SERIES.length)];
    }
}
