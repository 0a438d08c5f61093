package kz.aimaq.workbench.internal.model;

import org.eclipse.swt.graphics.ImageData;

import kz.aimaq.workbench.api.Command;

/**
 * A registered command: the properties of its registration, where it comes from and how to
 * get it. Identity matters: a re-registered command is a new descriptor.
 *
 * @param menu  one of {@code Menus}, or empty for none
 * @param keys  a key binding such as {@code Ctrl+Shift+H}, or empty
 * @param icon  decoded icon, or {@code null}
 */
public record CommandDescriptor(String id, String label, String menu, boolean toolbar, ImageData icon, String keys,
        int position, String role, Contributor contributor, ServiceSource<Command> source) {

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
