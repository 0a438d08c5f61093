package kz.aimaq.platform.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import kz.aimaq.platform.api.ModuleInfo;
import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.cli.CliCommand;
import kz.aimaq.platform.api.l10n.Messages;
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

    private static final long SETTLE_MILLIS = 30_000;
    /** As long as SCR waits for a component being activated (the launcher's ds.lock.timeout). */
    private static final long SLOW_START_MILLIS = 600_000;

    private final BundleContext context;
    private final ServiceComponentRuntime components;
    private final Map<ServiceReference<CliCommand>, LazyCommand> commands = new ConcurrentHashMap<>();

    private final Messages messages;
    private final DormantCommands dormant;
    private final UserContext user;

    @Activate
    public CliGateway(BundleContext context, @Reference(service = LoggerFactory.class) Logger logger,
            @Reference ServiceComponentRuntime components, @Reference UserContext user,
            @Reference ModuleManager modules) {
        this.context = context;
        this.components = components;
        this.user = user;
        this.dormant = new DormantCommands(context, modules);
        this.messages = Messages.of(CliGateway.class, user.locale());
        this.table = new CommandTable(messages, (name, e) -> logger.error("command {} failed", name, e));
        table.declared(this::declaredCommands);
    }

    /** Every command a started bundle's component declares, with its usage, registered or not. */
    private Map<String, String> declaredCommands() {
        Map<String, String> declared = new java.util.TreeMap<>();
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs()) {
            Object name = description.properties.get(CliCommand.NAME);
            if (name instanceof String command) {
                Object usage = description.properties.get(CliCommand.USAGE);
                declared.put(command, usage instanceof String text ? text : command);
            }
        }
        return declared;
    }

    /** Commands are bound by reference and activated only when run: listing them must not start a module's work. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            service = CliCommand.class, target = "(" + CliCommand.NAME + "=*)")
    void addCommand(ServiceReference<CliCommand> reference) {
        LazyCommand command = new LazyCommand(context, name(reference), this::activationFailed, messages);
        commands.put(reference, command);
        table.add(name(reference), (String) reference.getProperty(CliCommand.USAGE), command);
    }

    void removeCommand(ServiceReference<CliCommand> reference) {
        LazyCommand command = commands.remove(reference);
        if (command != null) {
            table.remove(name(reference), command);
        }
    }

    private static String name(ServiceReference<CliCommand> reference) {
        return String.valueOf(reference.getProperty(CliCommand.NAME));
    }

    /**
     * A command looked up by name each time it runs and released after: its component is
     * activated only when used, and a component reactivated while we ask (a better service it
     * needs just arrived, so its registration is replaced) is simply asked again. While it is
     * being activated (the registry seeding a new database on a loaded machine takes a while) it
     * is waited for, up to {@value #SLOW_START_MILLIS} ms: slow is not failed. A component whose
     * activation failed is reported at once.
     */
    private record LazyCommand(BundleContext context, String name, Predicate<String> failed, Messages messages)
            implements CliCommand {
        @Override
        public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
            String filter = "(" + CliCommand.NAME + "=" + name + ")";
            long deadline = System.currentTimeMillis() + SLOW_START_MILLIS;
            while (System.currentTimeMillis() < deadline && !failed.test(name)) {
                for (ServiceReference<CliCommand> reference : context.getServiceReferences(CliCommand.class, filter)) {
                    CliCommand command = context.getService(reference);
                    if (command != null) {
                        try {
                            return command.run(arguments, out, err);
                        } finally {
                            context.ungetService(reference);
                        }
                    }
                }
                Thread.sleep(200);
            }
            err.println(messages.get("cli.stoppedOrFailed", name));
            return 1;
        }
    }

    /** Whether a component declaring the command, or one it needs, failed to activate. */
    private boolean activationFailed(String name) {
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs()) {
            if (name.equals(description.properties.get(CliCommand.NAME))) {
                return components.getComponentConfigurationDTOs(description).stream()
                        .anyMatch(c -> c.state == ComponentConfigurationDTO.FAILED_ACTIVATION);
            }
        }
        return true;
    }

    @Override
    public Integer apply(String[] args) {
        if (args.length > 0 && declaredButNotYetRegistered(args[0])) {
            try {
                if (!table.await(args[0], SETTLE_MILLIS)) {
                    System.err.println(messages.get("cli.stillWaiting", args[0]));
                    for (WaitingComponents.Link link : new WaitingComponents(components)
                            .whyNotRegistered(args[0], CliCommand.NAME)) {
                        System.err.println("  " + (link.target() != null && link.provider() == null
                                ? messages.get("cli.waitsForMatching", link.component(), link.service(), link.target())
                                : link.provider() == null
                                ? messages.get("cli.waitsForUnregistered", link.component(), link.service())
                                : link.providerFailed()
                                        ? messages.get("cli.waitsForFailed", link.component(), link.service(),
                                                link.provider())
                                        : messages.get("cli.waitsFor", link.component(), link.service(),
                                                link.provider())));
                    }
                    return 1;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        if (args.length > 0 && !table.has(args[0])) {
            Optional<ModuleInfo> module = dormant.moduleOf(args[0]);
            if (module.isPresent()) {
                String region = user.region() == null ? "000000000" : user.region().code();
                System.err.println(messages.get("cli.moduleNotEnabled", args[0], module.get().id(), region));
                if (!module.get().enabledRegions().isEmpty()) {
                    System.err.println(messages.get("cli.moduleEnabledElsewhere",
                            String.join(", ", new java.util.TreeSet<>(module.get().enabledRegions()))));
                }
                return 1;
            }
        }
        return table.run(args, System.out, System.err);
    }

    /**
     * A command some started bundle declares but that is not registered yet, because its
     * component still waits for a service (the registry's for the database, say): worth waiting
     * for, unlike a mistyped name.
     */
    private boolean declaredButNotYetRegistered(String name) {
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs()) {
            if (name.equals(description.properties.get(CliCommand.NAME))) {
                return components.getComponentConfigurationDTOs(description).stream()
                        .noneMatch(c -> c.state == ComponentConfigurationDTO.ACTIVE
                                || c.state == ComponentConfigurationDTO.SATISFIED);
            }
        }
        return false;
    }
}
