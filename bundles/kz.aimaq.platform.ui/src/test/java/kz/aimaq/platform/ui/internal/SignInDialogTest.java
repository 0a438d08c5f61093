package kz.aimaq.platform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.SignIn;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.testing.Ui;

/** The sign-in window under a real display: a refusal is said in the user's language and may be retried; cancel ends it. */
class SignInDialogTest {

    /** Accepts almaty with one password, knows karaganda as a database login without a users entry; records attempts. */
    private static final class Server implements SignIn {
        final List<String> attempts = new CopyOnWriteArrayList<>();

        @Override
        public String server() {
            return "db.akimat.local:5432/aimaq";
        }

        @Override
        public Result signIn(String login, char[] password) {
            attempts.add(login);
            String given = new String(password);
            if (login.equals("almaty") && given.equals("Алматы-2027")) {
                return new Result(Outcome.SIGNED_IN, "");
            }
            if (login.equals("karaganda") && given.equals("k")) {
                return new Result(Outcome.NOT_A_USER, "");
            }
            return new Result(Outcome.WRONG_PASSWORD, "");
        }
    }

    private Shell shell;

    @AfterEach
    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
    }

    private static Text field(Shell shell, String key) {
        return Ui.find(shell, Text.class).stream().filter(t -> key.equals(t.getData("field"))).findFirst().orElseThrow();
    }

    private static Button button(Shell shell, String action) {
        return Ui.find(shell, Button.class).stream().filter(b -> action.equals(b.getData("action"))).findFirst()
                .orElseThrow();
    }

    private static void press(Button button) {
        button.notifyListeners(SWT.Selection, null);
    }

    private static String shownMessage(Shell shell) {
        return Ui.find(shell, Label.class).stream().map(Label::getText).filter(t -> !t.isEmpty())
                .reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void aWrongPasswordIsSaidInKazakhAndTheRetrySignsIn() throws Exception {
        Server server = new Server();
        Messages kazakh = Messages.of(SignInDialog.class, Languages.KAZAKH);
        SignInDialog dialog = new SignInDialog(server, kazakh, "almaty");
        shell = dialog.open(Ui.display());
        assertEquals("almaty", field(shell, "signin.login").getText(), "the OS user or --user is filled in");
        assertEquals(SWT.PASSWORD, field(shell, "signin.password").getStyle() & SWT.PASSWORD);

        field(shell, "signin.password").setText("guess");
        press(button(shell, "signin"));
        String refused = kazakh.get("signin.wrongPassword", "almaty");
        Ui.waitUntil("the refusal is shown", () -> shownMessage(shell).contains(refused));
        assertEquals("", field(shell, "signin.password").getText(), "the wrong password is cleared");
        assertTrue(button(shell, "signin").getEnabled());
        Ui.screenshot(shell, Path.of("target", "screenshots", "signin-wrong-password-kk.png"));

        field(shell, "signin.password").setText("Алматы-2027");
        press(button(shell, "signin"));
        Ui.waitUntil("the window closes once signed in", shell::isDisposed);
        assertTrue(dialog.signedIn());
        assertEquals(List.of("almaty", "almaty"), server.attempts);
    }

    @Test
    void aLoginWithoutAUsersEntryIsToldToAskAnAdministratorInRussian() {
        Messages russian = Messages.of(SignInDialog.class, Languages.RUSSIAN);
        shell = new SignInDialog(new Server(), russian, "").open(Ui.display());
        field(shell, "signin.login").setText("karaganda");
        press(button(shell, "signin"));
        Ui.waitUntil("the missing password is said", () -> shownMessage(shell).contains(russian.get("signin.missing")));
        field(shell, "signin.password").setText("k");
        press(button(shell, "signin"));
        String notAUser = russian.get("signin.notAUser", "karaganda");
        Ui.waitUntil("the refusal is shown", () -> shownMessage(shell).contains(notAUser));
        assertFalse(shell.isDisposed());
    }

    @Test
    void cancelEndsTheSignInWithoutSigningIn() {
        Server server = new Server();
        SignInDialog dialog = new SignInDialog(server, Messages.of(SignInDialog.class, Languages.ENGLISH), "almaty");
        shell = dialog.open(Ui.display());
        Control cancel = button(shell, "cancel");
        assertEquals("Cancel", ((Button) cancel).getText());
        press((Button) cancel);
        assertTrue(shell.isDisposed());
        assertFalse(dialog.signedIn());
        assertTrue(server.attempts.isEmpty());
    }
}
