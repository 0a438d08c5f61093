package kz.aimaq.workbench.api.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Full-width, wrapping labels in a {@code GridLayout} that take no space while they have nothing
 * to say: the status, notice and error lines of views. Call on the UI thread.
 */
public final class MessageLabels {

    /** Text colour of refusals, failures and problems. */
    public static final Color ERROR = new Color(170, 0, 0);

    private MessageLabels() {
    }

    /** A new label at the end of {@code parent} (which must lay out with a {@code GridLayout}), hidden. */
    public static Label create(Composite parent) {
        Label label = new Label(parent, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        // without a hint a wrapping label asks for the width of its whole text in one line
        data.widthHint = 200;
        label.setLayoutData(data);
        setShown(label, false);
        return label;
    }

    /**
     * Shows {@code text}, in {@link #ERROR} if asked, and lays the parent out again, since the
     * label's height follows its text; hides the label when the text is empty.
     */
    public static void show(Label label, String text, boolean error) {
        label.setText(text);
        label.setForeground(error ? ERROR : null);
        setShown(label, !text.isEmpty());
        label.getParent().layout(true, true);
    }

    /**
     * Shows or hides any control whose layout data is {@link GridData}, giving its space back
     * while hidden.
     */
    public static void setShown(Control control, boolean shown) {
        ((GridData) control.getLayoutData()).exclude = !shown;
        control.setVisible(shown);
    }
}
