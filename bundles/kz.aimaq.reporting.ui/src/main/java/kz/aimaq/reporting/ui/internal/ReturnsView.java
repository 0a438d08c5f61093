package kz.aimaq.reporting.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.Right;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.reporting.api.DataSet;
import kz.aimaq.reporting.api.Period;
import kz.aimaq.reporting.api.ReturnException;
import kz.aimaq.reporting.api.ReturnRate;
import kz.aimaq.reporting.api.Submission;
import kz.aimaq.workbench.api.Perspectives;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * Returns: for a data set and period, which units of the user's area have returned (completeness
 * and timeliness), and a form in which a user who keeps a unit's data enters or loads its values
 * and submits them. Values are checked field by field before they go; what the returns service
 * refuses is shown as it says it. Every submission and refusal is audited by the service.
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = ReturnsView.ID, title = "%view.returns", perspective = Perspectives.HOME, stack = Stacks.MAIN,
        position = 3)
public final class ReturnsView implements View {

    static final String ID = "kz.aimaq.reporting.ui.returns";
    /** Receipt times as the returns judge them: UTC, to the minute. */
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC);

    private final ReturnsModel model;
    private ViewSite site;
    private Messages messages;
    private Composite root;
    private Combo dataSetChoice;
    private Text periodText;
    private Label summary;
    private Table units;
    private Label formTitle;
    private Label formStatus;
    private ScrolledComposite fieldsScroll;
    private Composite fieldsArea;
    private Button load;
    private Button submit;
    private final Map<String, Text> fields = new LinkedHashMap<>();
    private final Map<String, Label> fieldErrors = new LinkedHashMap<>();
    private final List<DataSet> dataSets = new ArrayList<>();
    private ReturnsModel.Choice shown;
    private String unit;
    private final Runnable listener = () -> {
        if (site != null) {
            site.asyncExec(this::refresh);
        }
    };

    @Activate
    public ReturnsView(@Reference ReturnsModel model) {
        this.model = model;
    }

    @Override
    public void createContent(Composite parent, ViewSite viewSite) {
        site = viewSite;
        messages = site.messages();
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite top = new Composite(root, SWT.NONE);
        top.setLayout(new GridLayout(5, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(top, SWT.NONE).setText(messages.get("returns.dataSet"));
        dataSetChoice = new Combo(top, SWT.READ_ONLY);
        new Label(top, SWT.NONE).setText(messages.get("returns.period"));
        periodText = new Text(top, SWT.BORDER);
        GridData periodData = new GridData();
        periodData.widthHint = 90;
        periodText.setLayoutData(periodData);
        Button show = new Button(top, SWT.PUSH);
        show.setText(messages.get("returns.show"));
        summary = new Label(root, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        units = new Table(sash, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        units.setHeaderVisible(true);
        for (String[] column : new String[][] {{"returns.col.code", "95"}, {"returns.col.name", "230"},
                {"returns.col.status", "110"}}) {
            TableColumn c = new TableColumn(units, SWT.LEFT);
            c.setText(messages.get(column[0]));
            c.setWidth(Integer.parseInt(column[1]));
        }
        Composite form = new Composite(sash, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        formTitle = new Label(form, SWT.WRAP);
        formTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        formStatus = MessageLabels.create(form);
        ((GridData) formStatus.getLayoutData()).horizontalSpan = 2;
        fieldsScroll = new ScrolledComposite(form, SWT.V_SCROLL | SWT.BORDER);
        fieldsScroll.setExpandHorizontal(true);
        fieldsScroll.setExpandVertical(true);
        fieldsScroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        load = new Button(form, SWT.PUSH);
        load.setText(messages.get("returns.load"));
        submit = new Button(form, SWT.PUSH);
        submit.setText(messages.get("returns.submit"));
        sash.setWeights(42, 58);

        dataSetChoice.addListener(SWT.Selection, e -> choose(true));
        show.addListener(SWT.Selection, e -> choose(false));
        periodText.addListener(SWT.DefaultSelection, e -> choose(false));
        units.addListener(SWT.Selection, e -> {
            if (units.getSelectionCount() == 1) {
                selectUnit((String) units.getSelection()[0].getData());
            }
        });
        load.addListener(SWT.Selection, e -> loadFromDialog());
        submit.addListener(SWT.Selection, e -> submit());
        model.addListener(listener);
        selectUnit(null);
        model.run(() -> {
            List<DataSet> found = model.returns().dataSets();
            Optional<ReturnsModel.Choice> choice = model.choice();
            site.asyncExec(() -> fillDataSets(found, choice));
        });
    }

    private void fillDataSets(List<DataSet> found, Optional<ReturnsModel.Choice> choice) {
        dataSets.clear();
        dataSets.addAll(found);
        dataSetChoice.removeAll();
        Locale locale = messages.locale();
        found.forEach(d -> dataSetChoice.add(d.title().get(locale)));
        if (found.isEmpty()) {
            summary.setText(messages.get("returns.noDataSet"));
            return;
        }
        choice.ifPresent(c -> {
            dataSetChoice.select(Math.max(0, found.indexOf(c.dataSet())));
            periodText.setText(c.period().id());
        });
        root.layout(true, true);
        refresh();
    }

    /** The user picked a data set (its last finished period comes with it) or typed a period. */
    private void choose(boolean dataSetChanged) {
        int index = dataSetChoice.getSelectionIndex();
        if (index < 0) {
            return;
        }
        DataSet dataSet = dataSets.get(index);
        Period period;
        if (dataSetChanged) {
            period = ReturnsModel.lastFinished(dataSet, java.time.LocalDate.now());
            periodText.setText(period.id());
        } else {
            try {
                period = Period.parse(periodText.getText().strip());
            } catch (IllegalArgumentException e) {
                summary.setText(messages.get("returns.badPeriod", periodText.getText().strip()));
                return;
            }
            if (period.type() != dataSet.periodType()) {
                summary.setText(messages.get("returns.wrongPeriodType", period.id(), dataSet.title().get(messages.locale())));
                return;
            }
        }
        model.choose(dataSet, period);
    }

    /** Reads the rates of the chosen data set and period again and shows them. */
    void refresh() {
        if (root.isDisposed()) {
            return;
        }
        Optional<ReturnsModel.Choice> choice = model.choice();
        if (choice.isEmpty()) {
            return;
        }
        Locale locale = messages.locale();
        model.run(() -> {
            Map<String, ReturnRate> rates = model.rates(choice.get());
            Map<String, String> names = new LinkedHashMap<>();
            rates.values().stream().filter(ReturnRate::expected).forEach(r -> names.put(r.unit(), model.name(r.unit(), locale)));
            site.asyncExec(() -> showRates(choice.get(), rates, names));
        });
    }

    private void showRates(ReturnsModel.Choice choice, Map<String, ReturnRate> rates, Map<String, String> names) {
        boolean newChoice = !choice.equals(shown);
        shown = choice;
        long expected = rates.values().stream().filter(ReturnRate::expected).count();
        long received = rates.values().stream().filter(ReturnRate::received).count();
        long onTime = rates.values().stream().filter(ReturnRate::onTime).count();
        Locale locale = messages.locale();
        String history = model.returns().historyStart().filter(start -> start.isAfter(choice.period().start()))
                .map(start -> " " + messages.get("returns.historyNote", start.toString())).orElse("");
        summary.setText(messages.get("returns.summary", choice.dataSet().title().get(locale), choice.period().id(),
                received, expected, percent(received, expected), onTime, choice.dataSet().deadline(choice.period()).toString())
                + history);
        units.removeAll();
        for (ReturnRate rate : rates.values()) {
            if (!rate.expected()) {
                continue;
            }
            TableItem item = new TableItem(units, SWT.NONE);
            item.setData(rate.unit());
            item.setText(new String[] {rate.unit(), names.getOrDefault(rate.unit(), rate.unit()),
                    messages.get(rate.onTime() ? "returns.onTime" : rate.received() ? "returns.late" : "returns.missing")});
            if (rate.unit().equals(unit)) {
                units.setSelection(item);
            }
        }
        if (newChoice) {
            selectUnit(unit != null && rates.containsKey(unit) && rates.get(unit).expected() ? unit : null);
        }
        root.layout(true, true);
    }

    private String percent(long part, long whole) {
        return whole == 0 ? "—" : String.format(messages.locale(), "%1$.1f %%", 100.0 * part / whole);
    }

    /** Shows the form for a unit's return, filled with what it already returned. */
    void selectUnit(String code) {
        unit = code;
        for (org.eclipse.swt.widgets.Control child : fieldsScroll.getChildren()) {
            child.dispose();
        }
        fields.clear();
        fieldErrors.clear();
        MessageLabels.show(formStatus, "", false);
        if (code == null || shown == null) {
            formTitle.setText(messages.get("returns.pickUnit"));
            load.setEnabled(false);
            submit.setEnabled(false);
            return;
        }
        ReturnsModel.Choice choice = shown;
        Locale locale = messages.locale();
        formTitle.setText(messages.get("returns.formTitle", choice.dataSet().title().get(locale), choice.period().id(),
                code, model.name(code, locale)));
        boolean may = site.user().may(Right.EDIT_REGISTRY, code);
        fieldsArea = new Composite(fieldsScroll, SWT.NONE);
        fieldsArea.setLayout(new GridLayout(3, false));
        for (String key : new TreeSet<>(choice.dataSet().fields())) {
            Label label = new Label(fieldsArea, SWT.WRAP);
            label.setText(model.returns().fieldTitle(choice.dataSet().id(), key).get(locale));
            GridData labelData = new GridData(SWT.FILL, SWT.CENTER, true, false);
            labelData.widthHint = 330;
            label.setLayoutData(labelData);
            Text text = new Text(fieldsArea, SWT.BORDER | SWT.RIGHT);
            GridData textData = new GridData();
            textData.widthHint = 100;
            text.setLayoutData(textData);
            text.setEditable(may);
            text.setToolTipText(key);
            Label error = new Label(fieldsArea, SWT.NONE);
            error.setForeground(MessageLabels.ERROR);
            error.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
            fields.put(key, text);
            fieldErrors.put(key, error);
        }
        fieldsScroll.setContent(fieldsArea);
        fieldsScroll.setMinSize(fieldsArea.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        load.setEnabled(may);
        submit.setEnabled(may);
        if (!may) {
            MessageLabels.show(formStatus, messages.get("returns.readOnly", site.user().user(), code), true);
        }
        model.run(() -> {
            List<Submission> stored = model.returns().submissions(choice.dataSet().id(), choice.period(), code);
            site.asyncExec(() -> stored.stream().filter(s -> s.unit().equals(code)).findFirst()
                    .filter(s -> code.equals(unit) && choice.equals(shown)).ifPresent(s -> {
                        s.values().forEach((k, v) -> Optional.ofNullable(fields.get(k)).ifPresent(t -> t.setText(v)));
                        if (may) {
                            MessageLabels.show(formStatus, messages.get("returns.already", s.user(), TIME.format(s.submittedAt())), false);
                        }
                    }));
        });
        fieldsArea.layout(true, true);
    }

    private void loadFromDialog() {
        FileDialog dialog = new FileDialog(root.getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.csv", "*.*"});
        String chosen = dialog.open();
        if (chosen != null) {
            load(Path.of(chosen));
        }
    }

    /** Fills the form from a file of {@code field,value} lines; a file with any problem fills nothing. */
    void load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            MessageLabels.show(formStatus, messages.get("returns.fileUnreadable", file.getFileName(), e.getMessage()), true);
            return;
        }
        ValuesFile.Loaded loaded = ValuesFile.read(file.getFileName().toString(), bytes, fields.keySet(), messages);
        if (!loaded.problems().isEmpty()) {
            MessageLabels.show(formStatus, String.join("\n", loaded.problems()), true);
            return;
        }
        loaded.values().forEach((k, v) -> fields.get(k).setText(v));
        MessageLabels.show(formStatus, messages.get("returns.loaded", loaded.values().size(), file.getFileName()), false);
        validate();
    }

    /** Marks every field that is empty or not a number; the values as they will be sent when all are fine. */
    Optional<Map<String, String>> validate() {
        Map<String, String> values = new LinkedHashMap<>();
        int problems = 0;
        for (Map.Entry<String, Text> field : fields.entrySet()) {
            String text = field.getValue().getText();
            Optional<String> number = ValuesFile.number(text);
            String error = text.isBlank() ? messages.get("returns.required")
                    : number.isEmpty() ? messages.get("returns.notNumber", text.strip()) : "";
            fieldErrors.get(field.getKey()).setText(error);
            if (error.isEmpty()) {
                values.put(field.getKey(), number.get());
            } else {
                problems++;
            }
        }
        if (fieldsArea != null && !fieldsArea.isDisposed()) {
            fieldsArea.layout(true, true);
            fieldsScroll.setMinSize(fieldsArea.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        }
        if (problems > 0) {
            MessageLabels.show(formStatus, messages.get("returns.invalid", problems), true);
            return Optional.empty();
        }
        return Optional.of(values);
    }

    /** Checks the form, then submits off the UI thread; the service's refusal is shown as it words it. */
    void submit() {
        Optional<Map<String, String>> values = validate();
        if (values.isEmpty() || unit == null || shown == null) {
            return;
        }
        ReturnsModel.Choice choice = shown;
        String code = unit;
        submit.setEnabled(false);
        MessageLabels.show(formStatus, messages.get("returns.submitting"), false);
        model.run(() -> {
            String outcome;
            boolean failed;
            try {
                Submission stored = model.returns().submit(choice.dataSet().id(), choice.period(), code, values.get());
                outcome = messages.get("returns.submitted", code, choice.period().id(), TIME.format(stored.submittedAt()));
                failed = false;
            } catch (ReturnException e) {
                outcome = messages.get("returns.refused", String.join("\n", e.problems()));
                failed = true;
            } catch (RuntimeException e) {
                outcome = messages.get("returns.failed", String.valueOf(e.getMessage()));
                failed = true;
            }
            String text = outcome;
            boolean error = failed;
            site.asyncExec(() -> {
                submit.setEnabled(true);
                MessageLabels.show(formStatus, text, error);
                site.showStatus(text.lines().findFirst().orElse(text));
            });
            if (!failed) {
                model.changed();
            }
        });
    }

    // for the window test
    Combo dataSetChoice() {
        return dataSetChoice;
    }

    Text periodText() {
        return periodText;
    }

    Table units() {
        return units;
    }

    Map<String, Text> fields() {
        return fields;
    }

    Map<String, Label> fieldErrors() {
        return fieldErrors;
    }

    Label formStatus() {
        return formStatus;
    }

    Label summary() {
        return summary;
    }

    Button submitButton() {
        return submit;
    }

    @Override
    public void dispose() {
        model.removeListener(listener);
    }
}
