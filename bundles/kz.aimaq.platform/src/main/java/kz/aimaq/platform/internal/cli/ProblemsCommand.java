package kz.aimaq.platform.internal.cli;

import java.io.PrintStream;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.Problem;
import kz.aimaq.platform.api.cli.CliCommand;

/** {@code problems}: what the administrator must fix, one line each. */
@Component(property = { CliCommand.NAME + "=problems", CliCommand.USAGE + "=problems" })
public final class ProblemsCommand implements CliCommand {

    private final ModuleManager modules;

    @Activate
    public ProblemsCommand(@Reference ModuleManager modules) {
        this.modules = modules;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (!arguments.isEmpty()) {
            err.println("usage: problems");
            return CommandTable.USAGE;
        }
        List<Problem> problems = modules.problems();
        if (problems.isEmpty()) {
            out.println("no problems");
            return 0;
        }
        for (Problem problem : problems) {
            out.println(problem.when() + "  " + problem.message());
        }
        return 0;
    }
}
