package kz.aimaq.platform.internal.cli;

import java.io.PrintStream;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.platform.api.BundleInfo;
import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.cli.CliCommand;
import kz.aimaq.platform.api.l10n.Messages;

/** {@code bundles}: every installed bundle with its state and module. */
@Component(property = { CliCommand.NAME + "=bundles", CliCommand.USAGE + "=bundles" })
public final class BundlesCommand implements CliCommand {

    private final ModuleManager modules;
    private final UserContext user;

    @Activate
    public BundlesCommand(@Reference ModuleManager modules, @Reference UserContext user) {
        this.modules = modules;
        this.user = user;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Messages messages = Messages.of(BundlesCommand.class, user.locale());
        if (!arguments.isEmpty()) {
            err.println(messages.get("cli.usage", "bundles"));
            return CommandTable.USAGE;
        }
        TextTable table = new TextTable("ID", messages.get("bundles.column.state"), messages.get("bundles.column.name"),
                messages.get("bundles.column.version"), messages.get("modules.column.module"));
        for (BundleInfo bundle : modules.bundles()) {
            table.add(bundle.id(), bundle.state(), bundle.symbolicName(), bundle.version(),
                    bundle.module().isEmpty() ? "-" : bundle.module());
        }
        table.print(out);
        return 0;
    }
}
