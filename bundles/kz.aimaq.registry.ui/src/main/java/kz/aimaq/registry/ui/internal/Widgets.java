package kz.aimaq.registry.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.UnitKind;

/** Small helpers shared by the registry views. */
final class Widgets {

    private Widgets() {
    }

    /** Shows or hides a control in a {@code GridLayout}, giving its space back when hidden. */
    static void setShown(Control control, boolean shown) {
        ((GridData) control.getLayoutData()).exclude = !shown;
        control.setVisible(shown);
    }

    /** Shows {@code text} in a wrapping label, in the error colour if asked; hides it when empty. */
    static void showText(Label label, String text, boolean error) {
        label.setText(text);
        label.setForeground(error ? label.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        setShown(label, !text.isEmpty());
        label.getParent().layout(true, true);
    }

    /** A full-width, wrapping label in a {@code GridLayout}, hidden until it has text. */
    static Label messageLabel(Composite parent) {
        Label label = new Label(parent, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 200;
        label.setLayoutData(data);
        setShown(label, false);
        return label;
    }

    /** What a unit is, in the user's language. */
    static String kind(Messages messages, UnitKind kind) {
        return messages.get("kind." + kind.id());
    }
}
