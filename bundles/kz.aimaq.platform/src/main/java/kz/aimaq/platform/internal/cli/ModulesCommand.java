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
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.cli.CliCommand;
import kz.aimaq.platform.api.l10n.Messages;

/** {@code modules list | enable <module> --region <code> | disable <module> --region <code>}. */
@Component(property = { CliCommand.NAME + "=modules",
        CliCommand.USAGE + "=modules list | modules enable <module> --region <code> | modules disable <module> --region <code>" })
public final class ModulesCommand implements CliCommand {

    private static final String USAGE = "modules list | modules enable <module> --region <code> | "
            + "modules disable <module> --region <code>";

    private final ModuleManager modules;
    private final Regions regions;
    private final UserContext user;

    @Activate
    public ModulesCommand(@Reference ModuleManager modules, @Reference Regions regions, @Reference UserContext user) {
        this.modules = modules;
        this.regions = regions;
        this.user = user;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Messages messages = Messages.of(ModulesCommand.class, user.locale());
        if (arguments.isEmpty()) {
            err.println(messages.get("cli.usage", USAGE));
            return CommandTable.USAGE;
        }
        return switch (arguments.get(0)) {
            case "list" -> list(messages, arguments, out, err);
            case "enable" -> change(messages, arguments, true, out, err);
            case "disable" -> change(messages, arguments, false, out, err);
            default -> {
                err.println(messages.get("cli.unexpectedArgument", "modules", arguments.get(0), USAGE));
                yield CommandTable.USAGE;
            }
        };
    }

    private int list(Messages messages, List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() != 1) {
            err.println(messages.get("cli.unexpectedArgument", "modules list", arguments.get(1), USAGE));
            return CommandTable.USAGE;
        }
        int all = regions.all().size();
        TextTable table = new TextTable(messages.get("modules.column.module"), messages.get("modules.column.kind"),
                messages.get("modules.column.origin"), messages.get("modules.column.regions"),
                messages.get("modules.column.active"));
        for (ModuleInfo module : modules.modules()) {
            String enabled = module.kind() == ModuleKind.CORE || module.enabledRegions().size() == all
                    ? messages.get("modules.allRegions")
                    : module.enabledRegions().isEmpty() ? "-" : String.join(",", new TreeSet<>(module.enabledRegions()));
            table.add(module.id(), messages.get("modules.kind." + module.kind().name().toLowerCase(Locale.ROOT)),
                    module.origin(), enabled, messages.get(module.active() ? "cli.yes" : "cli.no"));
        }
        table.print(out);
        return 0;
    }

    private int change(Messages messages, List<String> arguments, boolean enable, PrintStream out,
            PrintStream err) {
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
                err.println(messages.get("cli.unexpectedArgument", "modules " + arguments.get(0), argument, USAGE));
                return CommandTable.USAGE;
            }
        }
        if (module == null || region == null || region.isBlank()) {
            err.println(messages.get("modules.needsModuleAndRegion", "modules " + arguments.get(0), USAGE));
            return CommandTable.USAGE;
        }
        try {
            modules.setEnabled(module, region, enable);
        } catch (PolicyException e) {
            err.println(e.getMessage());
            return 1;
        }
        out.println(messages.get(enable ? "modules.enabled" : "modules.disabled", module, region));
        return 0;
    }
}
