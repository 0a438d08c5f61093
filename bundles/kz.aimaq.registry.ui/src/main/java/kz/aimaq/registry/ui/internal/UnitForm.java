package kz.aimaq.registry.ui.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.Fact;
import kz.aimaq.registry.api.Unit;

/**
 * The fields of one unit: names (editable on request), kind, code, parents, population, validity,
 * and while editing the day a change takes effect.
 */
final class UnitForm {

    private final Messages messages;
    private final Locale locale;
    private final DateTimeFormatter dates;
    private final Composite form;
    private final Text nameKk;
    private final Text nameRu;
    private final Label nameLatin;
    private final Label kind;
    private final Label code;
    private final Label parents;
    private final Label population;
    private final Label validity;
    private final Label ownBudget;
    private final Label effectiveLabel;
    private final DateField effective;

    UnitForm(Composite parent, Messages messages) {
        this.messages = messages;
        this.locale = messages.locale();
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        form = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        form.setLayout(layout);
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        nameKk = text("field.nameKk");
        nameRu = text("field.nameRu");
        nameLatin = value("field.nameLatin");
        kind = value("field.kind");
        code = value("field.code");
        parents = value("field.parents");
        population = value("field.population");
        validity = value("field.validity");
        ownBudget = value("field.ownBudget");
        effectiveLabel = new Label(form, SWT.NONE);
        effectiveLabel.setText(messages.get("field.effective"));
        effective = new DateField(form, messages);
        for (Control control : new Control[] {effectiveLabel, effective.control()}) {
            GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
            data.exclude = true;
            control.setLayoutData(data);
            control.setVisible(false);
        }
    }

    void show(Unit unit, UnitDetails details) {
        nameKk.setText(unit.nameKk());
        nameRu.setText(unit.nameRu());
        nameLatin.setText(unit.nameLatin() == null ? "" : unit.nameLatin());
        kind.setText(Widgets.kind(messages, unit.kind()));
        code.setText(unit.code());
        parents.setText(details.ancestors().isEmpty() ? messages.get("field.parents.none")
                : details.ancestors().stream().map(u -> u.name(locale)).collect(Collectors.joining(" › ")));
        population.setText(population(unit, details.population()));
        validity.setText(unit.validTo() == null ? messages.get("field.validity.current", date(unit.validFrom()))
                : messages.get("field.validity.closed", date(unit.validFrom()), date(unit.validTo())));
        ownBudget.setText(messages.get(unit.ownBudget() ? "field.ownBudget.yes" : "field.ownBudget.no"));
        setEditable(false);
        form.layout(true, true);
    }

    /** Names become editable, and the day the change takes effect is offered, today first. */
    void setEditable(boolean editable) {
        nameKk.setEditable(editable);
        nameRu.setEditable(editable);
        if (editable && !effective.control().getVisible()) {
            setEffective(LocalDate.now());
        }
        for (Control control : new Control[] {effectiveLabel, effective.control()}) {
            control.setVisible(editable);
            ((GridData) control.getLayoutData()).exclude = !editable;
        }
        // the form grows or shrinks by a row: its parent must give it the room, not only the form lay out
        form.getParent().layout(true, true);
    }

    /** The day the edited change takes effect, or empty when what is typed is no date. */
    Optional<LocalDate> effective() {
        return effective.value();
    }

    /** Why the effective day cannot be read, for the user. */
    String effectiveProblem() {
        return effective.problem();
    }

    void setEffective(LocalDate day) {
        effective.set(day);
    }

    DateField effectiveField() {
        return effective;
    }

    String nameKk() {
        return nameKk.getText().trim();
    }

    String nameRu() {
        return nameRu.getText().trim();
    }

    Text nameKkField() {
        return nameKk;
    }

    Text nameRuField() {
        return nameRu;
    }

    String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    private String population(Unit unit, Optional<Fact> fact) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        if (fact.isPresent()) {
            Fact figure = fact.get();
            String value = figure.value().matches("\\d+") ? numbers.format(Long.parseLong(figure.value()))
                    : figure.value();
            return messages.get("field.population.value", value, date(figure.periodEnd()), figure.source());
        }
        return unit.population() == null ? messages.get("field.population.none")
                : numbers.format(unit.population());
    }

    private Text text(String key) {
        label(key);
        Text text = new Text(form, SWT.BORDER | SWT.READ_ONLY);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 300;
        text.setLayoutData(data);
        return text;
    }

    private Label value(String key) {
        label(key);
        Label value = new Label(form, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 300;
        value.setLayoutData(data);
        return value;
    }

    private void label(String key) {
        new Label(form, SWT.NONE).setText(messages.get(key));
    }
}
