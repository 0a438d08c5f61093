package kz.aimaq.workbench.api.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleControlAdapter;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Read-only text that wraps to the width its layout gives it, drawn rather than handed to the
 * toolkit: on GTK a wrapping {@code Label} is sized by several toolkit round trips each time its
 * width changes, which made the first layout of a page of a few dozen of them (Home) take about
 * half a second on a small desktop; this one measures its text once per width. Screen readers
 * read it as a label. Call on the UI thread.
 */
public final class WrappingText extends Canvas {

    private final TextLayout layout;
    private String text = "";
    private int measuredWidth = Integer.MIN_VALUE;
    private Point measured;

    public WrappingText(Composite parent, String text) {
        super(parent, SWT.NONE);
        layout = new TextLayout(getDisplay());
        setText(text);
        addListener(SWT.Paint, e -> {
            layout.setWidth(Math.max(1, getClientArea().width));
            layout.draw(e.gc, 0, 0);
        });
        addListener(SWT.Dispose, e -> layout.dispose());
        getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = WrappingText.this.text;
            }
        });
        getAccessible().addAccessibleControlListener(new AccessibleControlAdapter() {
            @Override
            public void getRole(AccessibleControlEvent e) {
                e.detail = ACC.ROLE_LABEL;
            }
        });
    }

    public String getText() {
        checkWidget();
        return text;
    }

    public void setText(String text) {
        checkWidget();
        this.text = text == null ? "" : text;
        layout.setText(this.text);
        remeasure();
    }

    @Override
    public void setFont(Font font) {
        super.setFont(font);
        layout.setFont(font);
        remeasure();
    }

    /** Without a width hint: the text on one line, as a label would ask. */
    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        checkWidget();
        if (changed || measured == null || measuredWidth != wHint) {
            layout.setWidth(wHint == SWT.DEFAULT ? -1 : Math.max(1, wHint));
            Rectangle bounds = layout.getBounds();
            measured = new Point(bounds.width, bounds.height);
            measuredWidth = wHint;
        }
        return new Point(wHint == SWT.DEFAULT ? measured.x : wHint, hHint == SWT.DEFAULT ? measured.y : hHint);
    }

    private void remeasure() {
        measured = null;
        redraw();
    }
}
