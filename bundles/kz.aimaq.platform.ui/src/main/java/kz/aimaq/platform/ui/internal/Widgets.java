package kz.aimaq.platform.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** Small layout helpers shared by the admin views. */
final class Widgets {

    /** Text colour of refusals and problems. */
    static final Color ERROR = new Color(170, 0, 0);

    private Widgets() {
    }

    /** Date and time as people of {@code locale} write them, in this computer's time zone. */
    static DateTimeFormatter dateTime(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault());
    }

    /** Shows or hides a control in a {@code GridLayout}, giving its space back when hidden. */
    static void setShown(Control control, boolean shown) {
        ((GridData) control.getLayoutData()).exclude = !shown;
        control.setVisible(shown);
    }

    /** Shows {@code text} in a wrapping label, in the error colour if asked; hides it when empty. */
    static void showText(Label label, String text, boolean error) {
        label.setText(text);
        label.setForeground(error ? ERROR : null);
        setShown(label, !text.isEmpty());
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
}
