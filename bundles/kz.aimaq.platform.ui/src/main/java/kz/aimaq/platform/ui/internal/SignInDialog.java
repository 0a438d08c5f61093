package kz.aimaq.platform.ui.internal;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.platform.api.SignIn;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * Central mode's sign-in window, shown before the workbench window: the user's own database
 * login (the operating-system user or {@code --user} filled in) and password. A refused attempt
 * says why and lets the user try again; cancelling or closing the window ends Aimaq. The
 * launcher runs it on the main thread (service property {@code aimaq.main=signin}); it exists
 * only while the storage bundle offers {@link SignIn}, that is in central mode before sign-in.
 */
@Component(service = BooleanSupplier.class, property = "aimaq.main=signin")
public final class SignInDialog implements BooleanSupplier {

    private final SignIn signIn;
    private final Messages messages;
    private final String suggestedLogin;

    private Shell shell;
    private Text login;
    private Text password;
    private Button signInButton;
    private Label message;
    private boolean signedIn;

    @Activate
    public SignInDialog(BundleContext context, @Reference SignIn signIn, @Reference UserContext user) {
        this(signIn, Messages.of(SignInDialog.class, user.locale()), suggested(context.getProperty("aimaq.user")));
    }

    SignInDialog(SignIn signIn, Messages messages, String suggestedLogin) {
        this.signIn = signIn;
        this.messages = messages;
        this.suggestedLogin = suggestedLogin;
    }

    private static String suggested(String option) {
        return option == null || option.isBlank() ? System.getProperty("user.name", "") : option.strip();
    }

    /** Shows the window on the calling (UI) thread until the user has signed in or given up. */
    @Override
    public boolean getAsBoolean() {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        open(display);
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return signedIn;
    }

    /** Opens the window without waiting; {@link #getAsBoolean()} runs the loop. */
    Shell open(Display display) {
        shell = new Shell(display, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        shell.setText(messages.get("signin.title"));
        shell.setLayout(new GridLayout(2, false));
        Label server = new Label(shell, SWT.WRAP);
        server.setText(messages.get("signin.server", signIn.server()));
        server.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(shell, SWT.NONE).setText(messages.get("signin.login"));
        login = new Text(shell, SWT.BORDER | SWT.SINGLE);
        login.setText(suggestedLogin);
        login.setData("field", "signin.login");
        login.setLayoutData(width(260));
        new Label(shell, SWT.NONE).setText(messages.get("signin.password"));
        password = new Text(shell, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
        password.setData("field", "signin.password");
        password.setLayoutData(width(260));
        message = MessageLabels.create(shell);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        org.eclipse.swt.widgets.Composite buttons = new org.eclipse.swt.widgets.Composite(shell, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
        signInButton = new Button(buttons, SWT.PUSH);
        signInButton.setText(messages.get("signin.button"));
        signInButton.setData("action", "signin");
        signInButton.addListener(SWT.Selection, e -> attempt());
        Button cancel = new Button(buttons, SWT.PUSH);
        cancel.setText(messages.get("signin.cancel"));
        cancel.setData("action", "cancel");
        cancel.addListener(SWT.Selection, e -> shell.dispose());
        shell.setDefaultButton(signInButton);
        shell.pack();
        shell.open();
        (suggestedLogin.isEmpty() ? login : password).setFocus();
        return shell;
    }

    private static GridData width(int hint) {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = hint;
        return data;
    }

    /** Tries the login off the UI thread (the server may be slow to answer); the window waits, not frozen. */
    void attempt() {
        String name = login.getText().strip();
        char[] secret = password.getTextChars();
        if (name.isEmpty() || secret.length == 0) {
            show(messages.get("signin.missing"), true);
            return;
        }
        signInButton.setEnabled(false);
        show(messages.get("signin.checking"), false);
        Display display = shell.getDisplay();
        Thread worker = new Thread(() -> {
            SignIn.Result result;
            try {
                result = signIn.signIn(name, secret);
            } catch (RuntimeException e) {
                result = new SignIn.Result(SignIn.Outcome.UNREACHABLE, String.valueOf(e.getMessage()));
            } finally {
                Arrays.fill(secret, '\0');
            }
            SignIn.Result outcome = result;
            display.asyncExec(() -> answered(name, outcome));
        }, "aimaq-signin");
        worker.setDaemon(true);
        worker.start();
    }

    private void answered(String name, SignIn.Result result) {
        if (shell.isDisposed()) {
            return;
        }
        if (result.outcome() == SignIn.Outcome.SIGNED_IN) {
            signedIn = true;
            shell.dispose();
            return;
        }
        signInButton.setEnabled(true);
        password.setText("");
        password.setFocus();
        show(switch (result.outcome()) {
            case WRONG_PASSWORD -> messages.get("signin.wrongPassword", name);
            case NOT_A_USER -> messages.get("signin.notAUser", name);
            default -> messages.get("signin.unreachable", signIn.server(), result.detail());
        }, true);
    }

    private void show(String text, boolean error) {
        MessageLabels.show(message, text, error);
        shell.layout(true, true);
        shell.pack();
    }

    boolean signedIn() {
        return signedIn;
    }
}
