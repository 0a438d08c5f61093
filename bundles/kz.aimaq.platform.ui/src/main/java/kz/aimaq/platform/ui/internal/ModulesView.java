package kz.aimaq.platform.ui.internal;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.ModuleInfo;
import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.PolicyException;
import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.Right;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.LiveModel;
import kz.aimaq.workbench.api.Perspectives;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * Modules by region: which optional module runs in which region, changed with a tick. The
 * manager's answer (done, or why it refused) is shown above the grid, with the problems the
 * administrator must fix.
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = ModulesView.ID, title = "%view.modules", perspective = Perspectives.ADMIN,
        stack = Stacks.MAIN, position = 10, role = UserContext.ROLE_ANY_ADMIN)
public final class ModulesView implements View {

    static final String ID = "kz.aimaq.platform.ui.modules";

    /** The answer to the last change, shown in its label. */
    private record Outcome(String text, boolean error) {
    }

    private final AdminServices services;
    private ViewSite site;
    private Messages messages;
    private Composite root;
    private Label availability;
    private Label outcome;
    private ProblemsBox problems;
    private ModulesMatrix matrix;
    private LiveModel.Following following;

    @Activate
    public ModulesView(@Reference AdminServices services) {
        this.services = services;
    }

    @Override
    public void createContent(Composite parent, ViewSite viewSite) {
        site = viewSite;
        messages = viewSite.messages();
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Label intro = new Label(root, SWT.WRAP);
        intro.setText(messages.get("modules.intro"));
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
        introData.widthHint = 200;
        intro.setLayoutData(introData);
        availability = MessageLabels.create(root);
        outcome = MessageLabels.create(root);
        problems = new ProblemsBox(root, messages);
        matrix = new ModulesMatrix(root, messages, viewSite.user().region(),
                code -> viewSite.user().may(Right.MANAGE_MODULES, code), this::toggle);
        following = services.live().follow(viewSite, () -> ModulesState.read(services), this::show,
                this::showFailure);
    }

    @Override
    public void setFocus() {
        if (root != null && !root.isDisposed()) {
            matrix.control().setFocus();
        }
    }

    @Override
    public void dispose() {
        if (following != null) {
            following.close();
        }
    }

    private void show(ModulesState state) {
        if (root.isDisposed()) {
            return;
        }
        String missing = !state.managerPresent() ? messages.get("manager.absent")
                : !state.regionsPresent() ? messages.get("regions.absent")
                : state.modules().isEmpty() ? messages.get("modules.empty") : "";
        MessageLabels.show(availability, missing, !state.managerPresent() || !state.regionsPresent());
        problems.show(state.problems());
        matrix.show(state.modules(), state.regions());
        root.layout(true, true);
    }

    private void showFailure(RuntimeException failure) {
        if (!root.isDisposed()) {
            MessageLabels.show(availability, messages.get("read.failed", String.valueOf(failure)), true);
            root.layout(true, true);
        }
    }

    private void toggle(ModuleInfo module, Region region, boolean enabled) {
        String regionName = region.name(messages.locale());
        String job = messages.get(enabled ? "modules.job.enable" : "modules.job.disable", module.id(), regionName);
        ViewSite viewSite = site;
        LiveModel.Following current = following;
        services.live().job(job, monitor -> {
            Outcome answer = apply(module.id(), region.code(), regionName, enabled);
            viewSite.asyncExec(() -> showOutcome(answer));
            current.refresh();
        });
    }

    /** Asks the manager for the change; runs off the UI thread. */
    private Outcome apply(String moduleId, String regionCode, String regionName, boolean enabled) {
        Optional<ModuleManager> manager = services.moduleManager();
        if (manager.isEmpty()) {
            return new Outcome(messages.get("manager.absent"), true);
        }
        try {
            manager.get().setEnabled(moduleId, regionCode, enabled);
            return new Outcome(messages.get(enabled ? "modules.enabled" : "modules.disabled", moduleId, regionName),
                    false);
        } catch (PolicyException e) {
            return new Outcome(messages.get("modules.refused", moduleId, regionName, e.getMessage()), true);
        } catch (RuntimeException e) {
            services.live().logFailure("Changing module " + moduleId + " in region " + regionCode + " failed", e);
            return new Outcome(messages.get("modules.failed", moduleId, regionName, String.valueOf(e)), true);
        }
    }

    private void showOutcome(Outcome answer) {
        if (!root.isDisposed()) {
            matrix.keepingTickedInPlace(() -> {
                MessageLabels.show(outcome, answer.text(), answer.error());
                root.layout(true, true);
            });
        }
    }
}
