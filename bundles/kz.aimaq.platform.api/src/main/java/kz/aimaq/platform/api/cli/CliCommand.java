package kz.aimaq.platform.api.cli;

import java.io.PrintStream;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A headless command, registered as a whiteboard service with the property
 * {@value #NAME} (the first word after the options, e.g. {@code modules}).
 * {@code aimaq --headless modules enable readiness --region 19} calls the {@code modules}
 * command with {@code [enable, readiness, --region, 19]}.
 */
@ConsumerType
public interface CliCommand {

    /** Service property: the command word. */
    String NAME = "aimaq.command";

    /** Service property: a one-line English usage summary shown by {@code help}. */
    String USAGE = "aimaq.command.usage";

    /**
     * Runs the command. Results go to {@code out}, problems to {@code err} as one line each
     * that says what to fix.
     *
     * @return the process exit code: 0 on success, 1 on refused input, 2 on misuse
     */
    int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception;
}
