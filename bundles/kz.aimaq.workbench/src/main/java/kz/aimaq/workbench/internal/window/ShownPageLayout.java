package kz.aimaq.workbench.internal.window;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Layout;

/**
 * Shows one child of a composite over its whole area, as SWT's {@code StackLayout} does, but sizes
 * and measures only that child: {@code StackLayout} gives every hidden child the area too, which
 * lays out each hidden perspective's stacks at every change (the window's start among them). A
 * hidden page is laid out when it is shown.
 */
final class ShownPageLayout extends Layout {

    private Control shown;

    void show(Control page) {
        shown = page;
    }

    @Override
    protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
        Point size = shown == null || shown.isDisposed() ? new Point(0, 0) : shown.computeSize(wHint, hHint, flushCache);
        return new Point(wHint == SWT.DEFAULT ? size.x : wHint, hHint == SWT.DEFAULT ? size.y : hHint);
    }

    @Override
    protected void layout(Composite composite, boolean flushCache) {
        Rectangle area = composite.getClientArea();
        for (Control child : composite.getChildren()) {
            if (child == shown) {
                child.setBounds(area);
            }
            child.setVisible(child == shown);
        }
    }
}
