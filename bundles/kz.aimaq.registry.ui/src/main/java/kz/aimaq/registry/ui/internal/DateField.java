package kz.aimaq.registry.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import kz.aimaq.platform.api.l10n.Messages;

/**
 * A day typed as the user writes it (07.12.2026 in Kazakh and Russian, 2026-12-07 in English),
 * with the day spelled out beside it in the user's language, so a slip shows before saving.
 * SWT's date picker follows the operating system's locale, not the language the user chose.
 */
final class DateField {

    private final Messages messages;
    private final DateTimeFormatter typed;
    private final DateTimeFormatter spelled;
    private final Composite row;
    private final Text text;
    private final Label spelledOut;

    DateField(Composite parent, Messages messages) {
        this.messages = messages;
        Locale locale = messages.locale();
        typed = DateTimeFormatter.ofPattern(pattern(locale)).withResolverStyle(ResolverStyle.STRICT);
        spelled = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        text = new Text(row, SWT.BORDER);
        text.setMessage(typed.format(LocalDate.of(2026, 12, 7)));
        GridData data = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        data.widthHint = 110;
        text.setLayoutData(data);
        spelledOut = new Label(row, SWT.NONE);
        spelledOut.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Modify, e -> spell());
    }

    /** The pattern users of the language type: day first with dots in kk and ru, ISO in English. */
    static String pattern(Locale locale) {
        return switch (locale.getLanguage()) {
            case "kk", "ru" -> "dd.MM.uuuu";
            default -> "uuuu-MM-dd";
        };
    }

    Composite control() {
        return row;
    }

    Text text() {
        return text;
    }

    /** The day typed, or empty when the text is no date. */
    Optional<LocalDate> value() {
        try {
            return Optional.of(LocalDate.parse(text.getText().trim(), typed));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    void set(LocalDate day) {
        text.setText(typed.format(day));
    }

    /** What to tell a user whose text is no date: the form to type, with today as the example. */
    String problem() {
        return messages.get("edit.badDate", text.getText().trim(), typed.format(LocalDate.now()));
    }

    private void spell() {
        spelledOut.setText(value().map(spelled::format).orElse(messages.get("edit.notADate")));
        row.layout(true);
    }
}
