package kz.aimaq.platform.internal.cli;

import java.io.PrintStream;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.cli.CliCommand;

/** {@code audit}: the audit log, oldest first; the database's once storage provides one (greedy). */
@Component(property = { CliCommand.NAME + "=audit", CliCommand.USAGE + "=audit" })
public final class AuditCommand implements CliCommand {

    private final AuditLog audit;

    @Activate
    public AuditCommand(@Reference(policyOption = ReferencePolicyOption.GREEDY) AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (!arguments.isEmpty()) {
            err.println("usage: audit");
            return CommandTable.USAGE;
        }
        TextTable table = new TextTable("WHEN", "USER", "ACTION", "TARGET", "BEFORE", "AFTER");
        for (AuditEntry entry : audit.entries()) {
            table.add(entry.when(), entry.user(), entry.action(), entry.target(), quote(entry.before()),
                    quote(entry.after()));
        }
        table.print(out);
        return 0;
    }

    private static String quote(String value) {
        return value.isEmpty() ? "-" : value;
    }
}
