package kz.aimaq.platform.internal.cli;

import java.util.Map;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import kz.aimaq.platform.api.cli.CliCommand;
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

    @Activate
    public CliGateway(@Reference(service = LoggerFactory.class) Logger logger) {
        this.table = new CommandTable((name, e) -> logger.error("command {} failed", name, e));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + CliCommand.NAME + "=*)")
    void addCommand(CliCommand command, Map<String, Object> properties) {
        table.add(String.valueOf(properties.get(CliCommand.NAME)), (String) properties.get(CliCommand.USAGE), command);
    }

    void removeCommand(CliCommand command, Map<String, Object> properties) {
        table.remove(String.valueOf(properties.get(CliCommand.NAME)), command);
    }

    @Override
    public Integer apply(String[] args) {
        return table.run(args, System.out, System.err);
    }
}
