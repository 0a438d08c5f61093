package kz.aimaq.platform.internal.cli;

import java.io.PrintStream;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.platform.api.BundleInfo;
import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.cli.CliCommand;

/** {@code bundles}: every installed bundle with its state and module. */
@Component(property = { CliCommand.NAME + "=bundles", CliCommand.USAGE + "=bundles" })
public final class BundlesCommand implements CliCommand {

    private final ModuleManager modules;

    @Activate
    public BundlesCommand(@Reference ModuleManager modules) {
        this.modules = modules;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (!arguments.isEmpty()) {
            err.println("usage: bundles");
            return CommandTable.USAGE;
        }
        TextTable table = new TextTable("ID", "STATE", "SYMBOLIC NAME", "VERSION", "MODULE");
        for (BundleInfo bundle : modules.bundles()) {
            table.add(bundle.id(), bundle.state(), bundle.symbolicName(), bundle.version(),
                    bundle.module().isEmpty() ? "-" : bundle.module());
        }
        table.print(out);
        return 0;
    }
}
