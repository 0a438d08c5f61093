package kz.aimaq.workbench.internal.model;

import org.eclipse.swt.graphics.ImageData;

import kz.aimaq.workbench.api.View;

/**
 * A registered view as the shell sees it: the properties of its registration, where it
 * comes from and how to get it. Identity matters: a re-registered view is a new descriptor.
 *
 * @param icon decoded icon, or {@code null}
 */
public record ViewDescriptor(String id, String title, ImageData icon, String perspective, String stack,
        int position, String role, Contributor contributor, ServiceSource<View> source) {

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
