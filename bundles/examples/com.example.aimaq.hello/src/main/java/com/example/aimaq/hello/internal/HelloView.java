package com.example.aimaq.hello.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.Perspectives;
import kz.aimaq.workbench.api.SelectedUnit;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;

/**
 * "Hello, region": greets the user in their language, names their region and follows the
 * unit selected anywhere in the workbench.
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = HelloView.ID, title = "%view.hello", perspective = Perspectives.HOME, stack = Stacks.MAIN,
        position = 900)
public final class HelloView implements View {

    static final String ID = "com.example.aimaq.hello.view";

    private Messages messages;
    private Label selection;

    @Override
    public void createContent(Composite parent, ViewSite site) {
        messages = site.messages();
        Locale locale = messages.locale();
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        line(root, messages.get("hello.example"));
        line(root, messages.get("hello.greeting", site.user().user()));
        line(root, messages.get("hello.region", site.user().region().name(locale)));
        selection = line(root, "");
        showSelection(site.selection().orElse(null));
        site.onSelection(this::showSelection);
    }

    @Override
    public void setFocus() {
        if (selection != null && !selection.isDisposed()) {
            selection.getParent().setFocus();
        }
    }

    private void showSelection(SelectedUnit unit) {
        if (selection.isDisposed()) {
            return;
        }
        selection.setText(unit == null ? messages.get("hello.noSelection")
                : messages.get("hello.selection", unit.kato(), unit.name(messages.locale())));
        selection.getParent().layout(true);
    }

    private static Label line(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 200;
        label.setLayoutData(data);
        return label;
    }
}
