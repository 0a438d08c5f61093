package kz.aimaq.platform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.AccessDeniedException;
import kz.aimaq.platform.api.DirectoryUser;
import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.Right;
import kz.aimaq.platform.api.Scope;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.UserDirectory;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;
import kz.aimaq.testing.TestViewSite;
import kz.aimaq.testing.Ui;

class UsersViewTest {

    /** Keeps users in memory and refuses any scope outside Karaganda region, as the real one refuses what is out of scope. */
    private static final class KaragandaDirectory implements UserDirectory {
        final List<DirectoryUser> users = new CopyOnWriteArrayList<>();

        @Override
        public String currentLogin() {
            return "gulnar";
        }

        @Override
        public Optional<DirectoryUser> find(String login) {
            return users.stream().filter(u -> u.login().equals(login)).findFirst();
        }

        @Override
        public List<DirectoryUser> users() {
            return List.copyOf(users);
        }

        @Override
        public void save(DirectoryUser user) {
            if (!Scope.of("350000000").covers(user.scope())) {
                throw new AccessDeniedException("gulnar", Right.MANAGE_USERS, user.scope().code(), "outside the scope");
            }
            users.removeIf(u -> u.login().equals(user.login()));
            users.add(user);
        }

        @Override
        public void remove(String login) {
            users.removeIf(u -> u.login().equals(login));
        }

        @Override
        public void createLogin(String login, char[] password) {
            throw new IllegalStateException("creating logins needs the database: " + login);
        }
    }

    private AdminServices services;
    private Shell shell;
    private UsersView view;

    @BeforeEach
    void open() {
        services = new AdminServices();
        shell = Ui.shell(1000, 400);
    }

    @AfterEach
    void close() {
        view.dispose();
        shell.dispose();
        services.deactivate();
    }

    private void show() {
        view = new UsersView(services);
        view.createContent(shell, new TestViewSite(Ui.display(), new TestUser("gulnar", TestRegions.KARAGANDA,
                Languages.ENGLISH, UserContext.ROLE_REGIONAL_ADMIN), UsersView.class));
        shell.layout(true, true);
    }

    private Text field(String key) {
        return Ui.find(shell, Text.class).stream().filter(t -> key.equals(t.getData("field"))).findFirst().orElseThrow();
    }

    private Label label(String text) {
        return Ui.find(shell, Label.class).stream().filter(l -> l.getText().equals(text)).findFirst().orElse(null);
    }

    @Test
    void inEmbeddedModeTheViewSaysWhoTheUserIs() {
        show();
        String embedded = Messages.of(UsersView.class, Languages.ENGLISH).get("users.embedded");
        assertTrue(Ui.waitFor("the embedded notice", () -> label(embedded)).getVisible());
    }

    @Test
    void aUserIsSavedFromTheFormAndARefusalIsShown() {
        KaragandaDirectory directory = new KaragandaDirectory();
        services.bindUserDirectory(directory);
        show();
        field("users.login").setText("aset");
        field("users.roles").setText("registry-editor, analyst");
        field("users.scope").setText("351600000");
        view.save();
        Table table = Ui.find(shell, Table.class).get(0);
        Ui.waitUntil("the saved user is listed", () -> table.getItemCount() == 1
                && table.getItem(0).getText(1).equals("analyst, registry-editor"));
        assertEquals(List.of(new DirectoryUser("aset", Set.of("registry-editor", "analyst"), Scope.of("351600000"))),
                directory.users);

        field("users.scope").setText("190000000");
        view.save();
        Ui.waitFor("the refusal is shown", () -> Ui.find(shell, Label.class).stream()
                .filter(l -> l.getText().startsWith("Refused:") && l.getText().contains("outside the scope"))
                .findFirst().orElse(null));

        field("users.scope").setText("35323010x");
        view.save();
        Ui.waitFor("the bad scope is named", () -> Ui.find(shell, Label.class).stream()
                .filter(l -> l.getText().contains("'35323010x' is not a scope")).findFirst().orElse(null));
    }
}
