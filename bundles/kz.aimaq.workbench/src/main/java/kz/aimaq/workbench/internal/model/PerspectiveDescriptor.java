package kz.aimaq.workbench.internal.model;

import java.util.Arrays;

import org.eclipse.swt.graphics.ImageData;

/**
 * A perspective: id, title and how much room its stacks get.
 *
 * @param weights left, main and bottom stack sizes in percent (always three values)
 */
public record PerspectiveDescriptor(String id, String title, ImageData icon, int position, String role,
        int[] weights, Contributor contributor) {

    public static final int[] DEFAULT_WEIGHTS = {25, 75, 30};

    public PerspectiveDescriptor {
        weights = weights == null || weights.length != 3 || Arrays.stream(weights).anyMatch(w -> w <= 0)
                ? DEFAULT_WEIGHTS.clone() : weights.clone();
    }

    @Override
    public int[] weights() {
        return weights.clone();
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
