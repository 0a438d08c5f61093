package kz.aimaq.platform.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import kz.aimaq.platform.api.l10n.Messages;

/** Formatting and form fields shared by the admin views. */
final class Widgets {

    private Widgets() {
    }

    /** Date and time as people of {@code locale} write them, in this computer's time zone. */
    static DateTimeFormatter dateTime(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault());
    }

    /**
     * A labelled one-line text field {@code width} pixels wide; tests find it by its
     * {@code dataKey} data, whose value is the label's key.
     */
    static Text field(Composite parent, Messages messages, String key, int width, String dataKey) {
        return field(parent, messages, key, width, dataKey, SWT.NONE);
    }

    /** A labelled field with a style of its own, e.g. {@link SWT#PASSWORD}. */
    static Text field(Composite parent, Messages messages, String key, int width, String dataKey, int style) {
        new Label(parent, SWT.NONE).setText(messages.get(key));
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE | style);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
        data.widthHint = width;
        text.setLayoutData(data);
        text.setData(dataKey, key);
        return text;
    }

    /** A push button that runs {@code action}; tests find it by its {@code action} data, the label's key. */
    static Button button(Composite parent, Messages messages, String key, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(messages.get(key));
        button.setData("action", key);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }
}
