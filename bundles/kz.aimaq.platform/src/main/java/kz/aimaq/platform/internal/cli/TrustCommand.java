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
import kz.aimaq.platform.api.cli.CliCommand;

/** {@code trust}: lists, adds and removes the certificates whose signed add-ons deploy/ installs. */
@Component(property = { CliCommand.NAME + "=trust", CliCommand.USAGE + "=" + TrustCommand.USAGE })
public final class TrustCommand implements CliCommand {

    static final String USAGE = "trust list | trust add <certificate file> | trust remove <sha256>";

    private final TrustStore trust;

    @Activate
    public TrustCommand(@Reference TrustStore trust) {
        this.trust = trust;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        String sub = arguments.isEmpty() ? "" : arguments.get(0);
        try {
            if ("list".equals(sub) && arguments.size() == 1) {
                TextTable table = new TextTable("SHA256", "SUBJECT", "EXPIRES", "FILE");
                for (TrustedCertificate c : trust.certificates()) {
                    table.add(c.sha256(), c.subject(), c.notAfter(), c.file());
                }
                table.print(out);
                return 0;
            }
            if ("add".equals(sub) && arguments.size() == 2) {
                TrustedCertificate added = trust.add(Path.of(arguments.get(1)));
                out.println("trusted " + added.subject() + " (sha256 " + added.sha256() + ")");
                return 0;
            }
            if ("remove".equals(sub) && arguments.size() == 2) {
                trust.remove(arguments.get(1));
                out.println("removed " + arguments.get(1) + " from the trust store");
                return 0;
            }
        } catch (AccessDeniedException | IllegalArgumentException | IOException e) {
            err.println("trust " + sub + ": " + e.getMessage());
            return 1;
        }
        err.println("usage: " + USAGE);
        return CommandTable.USAGE;
    }
}
