package kz.aimaq.platform.internal.cli;

import java.io.PrintStream;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.Problem;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.cli.CliCommand;
import kz.aimaq.platform.api.l10n.Messages;

/** {@code problems}: what the administrator must fix, one line each. */
@Component(property = { CliCommand.NAME + "=problems", CliCommand.USAGE + "=problems" })
public final class ProblemsCommand implements CliCommand {

    private final ModuleManager modules;
    private final UserContext user;

    @Activate
    public ProblemsCommand(@Reference ModuleManager modules, @Reference UserContext user) {
        this.modules = modules;
        this.user = user;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (!arguments.isEmpty()) {
            err.println(Messages.of(ProblemsCommand.class, user.locale()).get("cli.usage", "problems"));
            return CommandTable.USAGE;
        }
        List<Problem> problems = modules.problems();
        if (problems.isEmpty()) {
            out.println(Messages.of(ProblemsCommand.class, user.locale()).get("cli.noProblems"));
            return 0;
        }
        for (Problem problem : problems) {
            out.println(problem.when() + "  " + problem.message(user.locale()));
        }
        return 0;
    }
}
