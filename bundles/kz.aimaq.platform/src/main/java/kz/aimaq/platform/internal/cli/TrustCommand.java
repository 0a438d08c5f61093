package kz.aimaq.platform.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.platform.api.AccessDeniedException;
import kz.aimaq.platform.api.TrustStore;
import kz.aimaq.platform.api.TrustedCertificate;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.platform.api.cli.CliCommand;

/** {@code trust}: lists, adds and removes the certificates whose signed add-ons deploy/ installs. */
@Component(property = { CliCommand.NAME + "=trust", CliCommand.USAGE + "=" + TrustCommand.USAGE })
public final class TrustCommand implements CliCommand {

    static final String USAGE = "trust list | trust add <certificate file> | trust remove <sha256>";

    private final TrustStore trust;
    private final UserContext user;

    @Activate
    public TrustCommand(@Reference TrustStore trust, @Reference UserContext user) {
        this.trust = trust;
        this.user = user;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Messages messages = Messages.of(TrustCommand.class, user.locale());
        String sub = arguments.isEmpty() ? "" : arguments.get(0);
        try {
            if ("list".equals(sub) && arguments.size() == 1) {
                TextTable table = new TextTable("SHA256", messages.get("trust.column.subject"),
                        messages.get("trust.column.expires"), messages.get("trust.column.file"));
                for (TrustedCertificate c : trust.certificates()) {
                    table.add(c.sha256(), c.subject(), c.notAfter(), c.file());
                }
                table.print(out);
                return 0;
            }
            if ("add".equals(sub) && arguments.size() == 2) {
                TrustedCertificate added = trust.add(Path.of(arguments.get(1)));
                out.println(messages.get("trust.added", added.subject(), added.sha256()));
                return 0;
            }
            if ("remove".equals(sub) && arguments.size() == 2) {
                trust.remove(arguments.get(1));
                out.println(messages.get("trust.removed", arguments.get(1)));
                return 0;
            }
        } catch (AccessDeniedException | IllegalArgumentException | IOException e) {
            err.println(messages.get("cli.commandFailed", "trust " + sub, e.getMessage()));
            return 1;
        }
        err.println(messages.get("cli.usage", USAGE));
        return CommandTable.USAGE;
    }
}
