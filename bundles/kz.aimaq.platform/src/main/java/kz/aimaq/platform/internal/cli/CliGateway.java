package kz.aimaq.platform.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import kz.aimaq.platform.api.cli.CliCommand;
import kz.aimaq.platform.internal.LazyService;
import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.platform.internal.modules.ModulesReady;

/**
 * The launcher's door to the headless commands: a {@code Function<String[], Integer>} with
 * {@code aimaq.cli=gateway}. It references {@link ModulesReady}, so it is registered only once
 * the module manager has started the enabled modules: the launcher waits for it.
 */
@Component(service = Function.class, property = LaunchProperties.CLI_GATEWAY + "=gateway",
        reference = @Reference(name = "ready", service = ModulesReady.class))
public final class CliGateway implements Function<String[], Integer> {

    private final CommandTable table;

    private final BundleContext context;
    private final Map<ServiceReference<CliCommand>, LazyCommand> commands = new ConcurrentHashMap<>();

    @Activate
    public CliGateway(BundleContext context, @Reference(service = LoggerFactory.class) Logger logger) {
        this.context = context;
        this.table = new CommandTable((name, e) -> logger.error("command {} failed", name, e));
    }

    /** Commands are bound by reference and activated only when run: listing them must not start a module's work. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            service = CliCommand.class, target = "(" + CliCommand.NAME + "=*)")
    void addCommand(ServiceReference<CliCommand> reference) {
        LazyCommand command = new LazyCommand(new LazyService<>(context, reference));
        commands.put(reference, command);
        table.add(name(reference), (String) reference.getProperty(CliCommand.USAGE), command);
    }

    void removeCommand(ServiceReference<CliCommand> reference) {
        LazyCommand command = commands.remove(reference);
        if (command != null) {
            table.remove(name(reference), command);
            command.service.release();
        }
    }

    private static String name(ServiceReference<CliCommand> reference) {
        return String.valueOf(reference.getProperty(CliCommand.NAME));
    }

    private record LazyCommand(LazyService<CliCommand> service) implements CliCommand {
        @Override
        public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
            CliCommand command = service.get();
            if (command == null) {
                err.println("the command is no longer available: its module was stopped");
                return 1;
            }
            return command.run(arguments, out, err);
        }
    }

    @Override
    public Integer apply(String[] args) {
        return table.run(args, System.out, System.err);
    }
}
