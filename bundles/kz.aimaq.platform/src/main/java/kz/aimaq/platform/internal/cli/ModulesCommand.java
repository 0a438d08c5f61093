package kz.aimaq.platform.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.platform.api.ModuleInfo;
import kz.aimaq.platform.api.ModuleKind;
import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.PolicyException;
import kz.aimaq.platform.api.Regions;
import kz.aimaq.platform.api.cli.CliCommand;

/** {@code modules list | enable <module> --region <code> | disable <module> --region <code>}. */
@Component(property = { CliCommand.NAME + "=modules",
        CliCommand.USAGE + "=modules list | modules enable <module> --region <code> | modules disable <module> --region <code>" })
public final class ModulesCommand implements CliCommand {

    private static final String USAGE = "usage: modules list | modules enable <module> --region <code> | "
            + "modules disable <module> --region <code>";

    private final ModuleManager modules;
    private final Regions regions;

    @Activate
    public ModulesCommand(@Reference ModuleManager modules, @Reference Regions regions) {
        this.modules = modules;
        this.regions = regions;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.isEmpty()) {
            err.println(USAGE);
            return CommandTable.USAGE;
        }
        return switch (arguments.get(0)) {
            case "list" -> list(arguments, out, err);
            case "enable" -> change(arguments, true, out, err);
            case "disable" -> change(arguments, false, out, err);
            default -> {
                err.println("modules: unknown sub-command '" + arguments.get(0) + "'; " + USAGE);
                yield CommandTable.USAGE;
            }
        };
    }

    private int list(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() != 1) {
            err.println("modules list takes no arguments; " + USAGE);
            return CommandTable.USAGE;
        }
        int all = regions.all().size();
        TextTable table = new TextTable("MODULE", "KIND", "ORIGIN", "REGIONS", "ACTIVE");
        for (ModuleInfo module : modules.modules()) {
            String enabled = module.kind() == ModuleKind.CORE || module.enabledRegions().size() == all ? "all"
                    : module.enabledRegions().isEmpty() ? "-" : String.join(",", new TreeSet<>(module.enabledRegions()));
            table.add(module.id(), module.kind().name().toLowerCase(Locale.ROOT), module.origin(), enabled,
                    module.active() ? "yes" : "no");
        }
        table.print(out);
        return 0;
    }

    private int change(List<String> arguments, boolean enable, PrintStream out, PrintStream err) {
        String module = null;
        String region = null;
        for (int i = 1; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--region") && i + 1 < arguments.size()) {
                region = arguments.get(++i);
            } else if (argument.startsWith("--region=")) {
                region = argument.substring("--region=".length());
            } else if (!argument.startsWith("-") && module == null) {
                module = argument;
            } else {
                err.println("modules " + arguments.get(0) + ": unexpected argument '" + argument + "'; " + USAGE);
                return CommandTable.USAGE;
            }
        }
        if (module == null || region == null || region.isBlank()) {
            err.println("modules " + arguments.get(0) + " needs a module and --region <code>; " + USAGE);
            return CommandTable.USAGE;
        }
        try {
            modules.setEnabled(module, region, enable);
        } catch (PolicyException e) {
            err.println(e.getMessage());
            return 1;
        }
        out.println((enable ? "enabled " : "disabled ") + module + " in region " + region);
        return 0;
    }
}
