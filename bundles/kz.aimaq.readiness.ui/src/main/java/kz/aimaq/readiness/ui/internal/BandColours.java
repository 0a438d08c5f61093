package kz.aimaq.readiness.ui.internal;

import java.util.List;

import kz.aimaq.readiness.api.Band;
import kz.aimaq.readiness.api.Methodology;

/** A colour per classification band: green for the highest band through yellow to red for the lowest. */
final class BandColours {

    /** A diverging red–yellow–green scale, highest band first; readable for most colour-blind users. */
    private static final int[] SCALE = {0x1A9850, 0x91CF60, 0xD9EF8B, 0xFEE08B, 0xFC8D59, 0xD73027};

    private BandColours() {
    }

    /** The colour of a band of the methodology as 0xRRGGBB. */
    static int of(Methodology methodology, Band band) {
        List<Band> bands = methodology.bands();
        int index = bands.indexOf(band);
        if (index < 0) {
            throw new IllegalArgumentException("band " + band.id() + " is not in methodology " + methodology.id());
        }
        int n = bands.size();
        return SCALE[n == 1 ? 0 : Math.round(index * (SCALE.length - 1) / (float) (n - 1))];
    }
}
