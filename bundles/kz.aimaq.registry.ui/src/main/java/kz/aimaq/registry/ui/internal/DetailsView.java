package kz.aimaq.registry.ui.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.MessageBox;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.OutOfScopeException;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitEdit;
import kz.aimaq.registry.ui.internal.SubtreeExport.Format;
import kz.aimaq.registry.ui.internal.SubtreeExport.Outcome;
import kz.aimaq.workbench.api.LiveModel;
import kz.aimaq.workbench.api.SelectedUnit;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * The selected unit in full: names, kind, code, parents, population with its source, validity,
 * history and facts. Names can be edited where the user may change the unit (administrators
 * anywhere, others in their region), with the day the change takes effect, and in the same mode
 * the unit can be abolished from that day (its history is kept); the subtree can be exported to
 * CSV or JSON.
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = DetailsView.ID, title = "%view.details", perspective = RegistryPerspective.ID,
        stack = Stacks.MAIN, position = 10)
public final class DetailsView implements View {

    static final String ID = "kz.aimaq.registry.ui.details";

    private final RegistryAccess access;
    private ViewSite site;
    private Messages messages;
    private Composite root;
    private Label notice;
    private Label title;
    private Font titleFont;
    private UnitForm form;
    private Button edit;
    private Button save;
    private Button cancel;
    private Button abolish;
    private Button exportCsv;
    private Button exportJson;
    private Label outcome;
    private HistoryTables tables;
    private Unit unit;
    private UnitDetails lastDetails;
    /** Whether the user is editing the shown unit: a refresh of the same unit then keeps what they typed. */
    private boolean editing;
    private String code;
    private LiveModel.Following following;

    /** Asks the user to confirm a question on the view's shell; true when they agree. */
    interface Confirmation {
        boolean confirm(Shell shell, Messages messages, String question);
    }

    private final Confirmation confirmation;

    @Activate
    public DetailsView(@Reference RegistryAccess access) {
        this(access, DetailsView::ask);
    }

    DetailsView(RegistryAccess access, Confirmation confirmation) {
        this.access = access;
        this.confirmation = confirmation;
    }

    private static boolean ask(Shell shell, Messages messages, String question) {
        return question(shell, messages, question).open() == SWT.YES;
    }

    /**
     * The abolition question, its buttons named in the user's language: GTK's own Yes and No
     * follow the system's language, not the user's.
     */
    static MessageBox question(Shell shell, Messages messages, String question) {
        MessageBox box = new MessageBox(shell, SWT.ICON_WARNING | SWT.YES | SWT.NO);
        box.setMessage(question);
        box.setButtonLabels(Map.of(SWT.YES, messages.get("action.abolish"), SWT.NO, messages.get("action.cancel")));
        return box;
    }

    @Override
    public void createContent(Composite parent, ViewSite viewSite) {
        site = viewSite;
        messages = viewSite.messages();
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        notice = MessageLabels.create(root);
        title = new Label(root, SWT.WRAP);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        FontData[] data = title.getFont().getFontData();
        data[0].setHeight(data[0].getHeight() + 3);
        data[0].setStyle(SWT.BOLD);
        titleFont = new Font(title.getDisplay(), data[0]);
        title.setFont(titleFont);
        form = new UnitForm(root, messages);
        Composite buttons = new Composite(root, SWT.NONE);
        buttons.setLayout(new RowLayout(SWT.HORIZONTAL));
        edit = button(buttons, "action.edit", () -> setEditing(true));
        save = button(buttons, "action.save", this::save);
        cancel = button(buttons, "action.cancel", () -> {
            setEditing(false);
            show(unit, lastDetails);
        });
        abolish = button(buttons, "action.abolish", this::abolish);
        exportCsv = button(buttons, "action.exportCsv", () -> chooseAndExport(Format.CSV));
        exportJson = button(buttons, "action.exportJson", () -> chooseAndExport(Format.JSON));
        outcome = MessageLabels.create(root);
        tables = new HistoryTables(root, messages, form::date);
        viewSite.onSelection(selected -> load(selected.kato()));
        code = viewSite.selection().map(SelectedUnit::kato).orElse(null);
        following = access.live().follow(viewSite, this::reload);
    }

    @Override
    public void setFocus() {
        if (root != null && !root.isDisposed()) {
            root.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (following != null) {
            following.close();
        }
        if (titleFont != null) {
            titleFont.dispose();
        }
    }

    /** Exports the shown unit's subtree to {@code target} in a background job. */
    void export(Format format, Path target) {
        SubtreeExport.start(access, messages, unit.code(), format, target,
                result -> site.asyncExec(() -> showOutcome(result)));
    }

    /** Shows the unit again as the registry has it now, or why there is none. */
    private void reload() {
        if (root.isDisposed()) {
            return;
        }
        if (code == null) {
            showEmpty(access.available() ? messages.get("details.none")
                    : messages.get("registry.absent"), !access.available());
        } else {
            load(code);
        }
    }

    private void load(String selected) {
        if (!selected.equals(code)) {
            MessageLabels.show(outcome, "", false);
        }
        code = selected;
        access.read(site, registry -> UnitDetails.read(registry, selected), details -> {
            if (root.isDisposed() || !selected.equals(code)) {
                return;
            }
            if (details.isEmpty()) {
                showEmpty(messages.get("registry.absent"), true);
            } else if (details.get().unit().isEmpty()) {
                showEmpty(messages.get("details.notCurrent", selected), true);
                tables.show(details.get());
            } else {
                show(details.get().unit().get(), details.get());
            }
        }, failure -> {
            if (!root.isDisposed()) {
                showEmpty(messages.get("read.failed", String.valueOf(failure.getMessage())), true);
            }
        });
    }

    private void show(Unit shown, UnitDetails details) {
        if (editing && unit != null && unit.code().equals(shown.code())) {
            // the same unit read again (a refresh) while the user edits it: keep what they typed
            lastDetails = details;
            tables.show(details);
            return;
        }
        unit = shown;
        lastDetails = details;
        MessageLabels.show(notice, "", false);
        title.setText(shown.name(messages.locale()));
        form.show(shown, details);
        tables.show(details);
        setEditing(false);
        root.layout(true, true);
    }

    private void showEmpty(String text, boolean error) {
        unit = null;
        lastDetails = null;
        MessageLabels.show(notice, text, error);
        title.setText("");
        tables.clear();
        setEditing(false);
    }

    private void setEditing(boolean editing) {
        this.editing = editing;
        boolean present = unit != null;
        form.setEditable(editing && present);
        edit.setEnabled(!editing && present && unit.current() && mayEdit(site.user(), unit.code())
                && access.available());
        save.setEnabled(editing && present);
        cancel.setEnabled(editing && present);
        abolish.setEnabled(editing && present);
        exportCsv.setEnabled(!editing && present);
        exportJson.setEnabled(!editing && present);
    }

    /** The registry's own rule, checked here only to grey out what it would refuse. */
    static boolean mayEdit(UserContext user, String unitCode) {
        return user.mayChangeUnit(unitCode);
    }

    private void save() {
        String nameKk = form.nameKk();
        String nameRu = form.nameRu();
        if (nameKk.isEmpty() || nameRu.isEmpty()) {
            showOutcome(new Outcome(messages.get("edit.blank"), true));
            return;
        }
        Optional<LocalDate> day = form.effective();
        if (day.isEmpty()) {
            showOutcome(new Outcome(form.effectiveProblem(), true));
            return;
        }
        UnitEdit change = new UnitEdit(unit.code(), nameKk, nameRu, unit.parentCode(), day.get());
        save.setEnabled(false);
        access.live().job(messages.get("edit.job", unit.code()), monitor -> {
            Outcome result = update(change);
            site.asyncExec(() -> {
                showOutcome(result);
                if (!root.isDisposed()) {
                    if (result.error()) {
                        save.setEnabled(true);
                    } else {
                        setEditing(false);
                        access.unitsChanged();
                    }
                }
            });
        });
    }

    private void abolish() {
        String abolished = unit.code();
        Optional<LocalDate> typed = form.effective();
        if (typed.isEmpty()) {
            showOutcome(new Outcome(form.effectiveProblem(), true));
            return;
        }
        LocalDate day = typed.get();
        if (!confirmation.confirm(root.getShell(), messages,
                messages.get("abolish.confirm", unit.name(messages.locale()), abolished, form.date(day)))) {
            return;
        }
        abolish.setEnabled(false);
        save.setEnabled(false);
        access.live().job(messages.get("abolish.job", abolished), monitor -> {
            Outcome result = abolish(abolished, day);
            site.asyncExec(() -> {
                showOutcome(result);
                if (!root.isDisposed()) {
                    if (result.error()) {
                        abolish.setEnabled(true);
                        save.setEnabled(true);
                    } else {
                        setEditing(false);
                        access.unitsChanged();
                    }
                }
            });
        });
    }

    /** Asks the registry to abolish the unit; runs off the UI thread. */
    private Outcome abolish(String abolished, LocalDate day) {
        Optional<RegistryService> registry = access.registry();
        if (registry.isEmpty()) {
            return new Outcome(messages.get("registry.absent"), true);
        }
        try {
            Unit ended = registry.get().abolish(abolished, day);
            return new Outcome(messages.get("abolish.done", ended.code(), form.date(ended.validTo())), false);
        } catch (OutOfScopeException e) {
            return new Outcome(messages.get("edit.outOfScope", e.unitCode(), e.regionCode(), e.user()), true);
        } catch (IllegalArgumentException e) {
            return new Outcome(messages.get("abolish.invalid", abolished, e.getMessage()), true);
        } catch (RuntimeException e) {
            access.live().logFailure("Abolishing unit " + abolished + " failed", e);
            return new Outcome(messages.get("abolish.failed", abolished, String.valueOf(e.getMessage())), true);
        }
    }

    /** Asks the registry for the change; runs off the UI thread. */
    private Outcome update(UnitEdit change) {
        Optional<RegistryService> registry = access.registry();
        if (registry.isEmpty()) {
            return new Outcome(messages.get("registry.absent"), true);
        }
        try {
            Unit saved = registry.get().update(change);
            return new Outcome(messages.get("edit.saved", saved.code(), form.date(saved.validFrom())), false);
        } catch (OutOfScopeException e) {
            return new Outcome(messages.get("edit.outOfScope", e.unitCode(), e.regionCode(), e.user()), true);
        } catch (IllegalArgumentException e) {
            return new Outcome(messages.get("edit.invalid", change.code(), e.getMessage()), true);
        } catch (RuntimeException e) {
            access.live().logFailure("Updating unit " + change.code() + " failed", e);
            return new Outcome(messages.get("edit.failed", change.code(), String.valueOf(e.getMessage())), true);
        }
    }

    private void chooseAndExport(Format format) {
        FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] {"*." + format.extension});
        dialog.setFileName("kato-" + unit.code() + "." + format.extension);
        String chosen = dialog.open();
        if (chosen != null) {
            export(format, Path.of(chosen));
        }
    }

    private void showOutcome(Outcome result) {
        if (!root.isDisposed()) {
            MessageLabels.show(outcome, result.text(), result.error());
            site.showStatus(result.text());
        }
    }

    private Button button(Composite parent, String key, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(messages.get(key));
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }
}
