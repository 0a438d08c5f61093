package kz.aimaq.platform.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import kz.aimaq.platform.api.AccessDeniedException;
import kz.aimaq.platform.api.DirectoryUser;
import kz.aimaq.platform.api.Scope;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.UserDirectory;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.Perspectives;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewRegistration;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * The users of a central installation with their roles and scope. An administrator gives
 * roles and scope within their own; the directory refuses and audits anything beyond. In
 * embedded mode there is no directory and the view says that the computer's user is the one user.
 */
@Component(service = View.class, scope = ServiceScope.PROTOTYPE)
@ViewRegistration(id = "kz.aimaq.platform.ui.users", title = "%view.users", perspective = Perspectives.ADMIN,
        stack = Stacks.MAIN, position = 20, role = UserContext.ROLE_ANY_ADMIN)
public final class UsersView implements View {

    private final AdminServices services;
    private ServiceTable<DirectoryUser> table;
    private volatile List<DirectoryUser> shown = List.of();
    private Messages messages;
    private ViewSite site;
    private Text login;
    private Text roles;
    private Text scope;
    /** A new user's first password: with it, saving also creates their database login. */
    private Text password;
    private Label status;

    @Activate
    public UsersView(@Reference AdminServices services) {
        this.services = services;
    }

    @Override
    public void createContent(Composite parent, ViewSite viewSite) {
        this.site = viewSite;
        this.messages = viewSite.messages();
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite form = new Composite(root, SWT.NONE);
        form.setLayout(new GridLayout(10, false));
        login = field(form, "users.login", 120);
        roles = field(form, "users.roles", 220);
        scope = field(form, "users.scope", 90);
        password = field(form, "users.password", 110, SWT.PASSWORD);
        password.setToolTipText(messages.get("users.password.hint"));
        Button save = new Button(form, SWT.PUSH);
        save.setText(messages.get("users.save"));
        save.setData("action", "users.save");
        save.addListener(SWT.Selection, e -> save());
        Button remove = new Button(form, SWT.PUSH);
        remove.setText(messages.get("users.remove"));
        remove.setData("action", "users.remove");
        remove.addListener(SWT.Selection, e -> remove());
        status = MessageLabels.create(root);
        table = new ServiceTable<>(root, viewSite, services, List.of("users.login", "users.roles", "users.scope"),
                s -> s.userDirectory().map(UserDirectory::users), "users.embedded", this::rows);
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.rows().addListener(SWT.Selection, e -> fill());
    }

    private Text field(Composite parent, String key, int width) {
        return field(parent, key, width, SWT.NONE);
    }

    private Text field(Composite parent, String key, int width, int style) {
        new Label(parent, SWT.NONE).setText(messages.get(key));
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE | style);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
        data.widthHint = width;
        text.setLayoutData(data);
        text.setData("field", key);
        return text;
    }

    private List<String[]> rows(List<DirectoryUser> users) {
        shown = List.copyOf(users);
        List<String[]> rows = new ArrayList<>();
        for (DirectoryUser u : users) {
            rows.add(new String[] {u.login(), String.join(", ", new TreeSet<>(u.roles())), u.scope().code()});
        }
        return rows;
    }

    /** The selected user's values in the form, to change them. */
    private void fill() {
        int index = table.rows().getSelectionIndex();
        if (index >= 0 && index < shown.size()) {
            DirectoryUser u = shown.get(index);
            login.setText(u.login());
            roles.setText(String.join(", ", new TreeSet<>(u.roles())));
            scope.setText(u.scope().code());
        }
    }

    /** Saves the form's user off the UI thread; a refusal or a bad value is said in the status line. */
    void save() {
        Set<String> given = new LinkedHashSet<>();
        Arrays.stream(roles.getText().split(",")).map(String::trim).filter(r -> !r.isEmpty()).forEach(given::add);
        DirectoryUser user;
        try {
            user = new DirectoryUser(login.getText().trim(), given, Scope.of(scope.getText()));
        } catch (IllegalArgumentException e) {
            show(messages.get("users.refused", e.getMessage()), true);
            return;
        }
        char[] firstPassword = password.getTextChars();
        password.setText("");
        change(directory -> {
            try {
                if (firstPassword.length > 0) {
                    directory.createLogin(user.login(), firstPassword);
                }
            } finally {
                Arrays.fill(firstPassword, '\0');
            }
            directory.save(user);
            return messages.get(firstPassword.length > 0 ? "users.created" : "users.saved", user.login());
        });
    }

    void remove() {
        String name = login.getText().trim();
        change(directory -> {
            directory.remove(name);
            return messages.get("users.removed", name);
        });
    }

    private interface Change {
        String apply(UserDirectory directory);
    }

    private void change(Change change) {
        services.read(() -> {
            String text;
            boolean error = true;
            try {
                UserDirectory directory = services.userDirectory().orElse(null);
                if (directory == null) {
                    text = messages.get("users.embedded");
                } else {
                    text = change.apply(directory);
                    error = false;
                }
            } catch (AccessDeniedException | IllegalArgumentException | IllegalStateException e) {
                text = messages.get("users.refused", e.getMessage());
            } catch (RuntimeException e) {
                services.logFailure("Changing a user failed", e);
                text = messages.get("read.failed", String.valueOf(e.getMessage()));
            }
            String shownText = text;
            boolean failed = error;
            site.asyncExec(() -> {
                show(shownText, failed);
                table.refresh();
            });
        });
    }

    private void show(String text, boolean error) {
        if (!status.isDisposed()) {
            MessageLabels.show(status, text, error);
            status.getParent().layout(true, true);
        }
    }

    @Override
    public void setFocus() {
        if (table != null) {
            table.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (table != null) {
            table.dispose();
        }
    }
}
