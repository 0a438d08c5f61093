package kz.aimaq.platform.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

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
    private AdminTable<DirectoryUser> table;
    private volatile List<DirectoryUser> shown = List.of();
    private Messages messages;
    private Text login;
    private Text roles;
    private Text scope;
    /** A new user's first password: with it, saving also creates their database login. */
    private Text password;

    @Activate
    public UsersView(@Reference AdminServices services) {
        this.services = services;
    }

    @Override
    public void createContent(Composite parent, ViewSite viewSite) {
        this.messages = viewSite.messages();
        table = new AdminTable<>(parent, viewSite, services, 10, new AdminTable.Source<>(List.of("users.login",
                "users.roles", "users.scope"), s -> s.userDirectory().map(UserDirectory::users), "users.embedded",
                this::rows));
        Composite form = table.form();
        login = Widgets.field(form, messages, "users.login", 120, "field");
        roles = Widgets.field(form, messages, "users.roles", 220, "field");
        scope = Widgets.field(form, messages, "users.scope", 90, "field");
        password = Widgets.field(form, messages, "users.password", 110, "field", SWT.PASSWORD);
        password.setToolTipText(messages.get("users.password.hint"));
        Widgets.button(form, messages, "users.save", this::save);
        Widgets.button(form, messages, "users.remove", this::remove);
        table.rows().addListener(SWT.Selection, e -> fill());
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
            table.show(messages.get("users.refused", e.getMessage()), true);
            return;
        }
        char[] firstPassword = password.getTextChars();
        password.setText("");
        table.change(AdminServices::userDirectory, "users.embedded", "users.refused", directory -> {
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
        table.change(AdminServices::userDirectory, "users.embedded", "users.refused", directory -> {
            directory.remove(name);
            return messages.get("users.removed", name);
        });
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
