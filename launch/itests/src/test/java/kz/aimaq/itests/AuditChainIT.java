package kz.aimaq.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.PolicyException;
import kz.aimaq.platform.api.cli.CliCommand;
import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.storage.api.Database;

/**
 * The installation's one audit log in a real framework on the embedded database: the entries
 * an earlier version kept in audit.jsonl are moved in, a refused module change by an analyst
 * is audited, and {@code audit verify} names the first entry someone altered with SQL.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AuditChainIT {

    @Inject
    private BundleContext context;

    @Inject
    private ModuleManager modules;

    @Inject
    @Filter(value = "(service.ranking=100)", timeout = 60_000)
    private AuditLog audit;

    @Inject
    private Database database;

    @Inject
    @Filter("(aimaq.command=audit)")
    private CliCommand auditCommand;

    @Configuration
    public Option[] configuration() throws Exception {
        TestHome home = TestHome.create("audit-chain");
        Files.writeString(home.data.resolve("audit.jsonl"), """
                {"when":"2026-11-01T09:00:00Z","user":"erlan","action":"module.enable","target":"example@190000000","before":"","after":"190000000"}
                {"when":"2026-11-02T09:00:00Z","user":"erlan","action":"module.disable","target":"example@190000000","before":"190000000","after":""}
                """);
        return options(AimaqOptions.platform(home.home, home.data, "710000000"),
                mavenBundle("org.osgi", "org.osgi.service.jdbc").versionAsInProject(),
                mavenBundle("com.h2database", "h2").versionAsInProject(),
                AimaqOptions.ours("kz.aimaq.storage"),
                frameworkProperty(LaunchProperties.HEADLESS).value("true"),
                frameworkProperty(LaunchProperties.ROLES).value("analyst"));
    }

    private String[] run(String... arguments) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = auditCommand.run(List.of(arguments), o, e);
        }
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    public void oldEntriesRefusalsAndTamperingAllShowInTheOneLog() throws Exception {
        Await.until("the old file's entries are in the database", () -> audit.entries().size() >= 2,
                () -> audit.entries().toString());
        assertEquals("erlan", audit.entries().get(0).user());
        assertFalse("moved once: the file is renamed",
                Files.exists(Path.of(context.getProperty(LaunchProperties.DATA)).resolve("audit.jsonl")));

        try {
            modules.setEnabled("example", "190000000", true);
            fail("an analyst changed the region policy");
        } catch (PolicyException refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains("[analyst]"));
        }
        AuditEntry last = audit.entries().get(audit.entries().size() - 1);
        assertTrue("the analyst's attempt is audited as refused", last.refused());
        assertEquals(System.getProperty("user.name"), last.user());

        String[] denied = run("verify");
        assertEquals("an analyst may not read the audit", "1", denied[0]);

        assertTrue(audit.verify().isIntact());
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_entry SET user_name = 'someone else' WHERE seq = 2");
        }
        assertEquals(2, audit.verify().firstBroken());
        assertTrue(audit.verify().problem(), audit.verify().problem().startsWith("entry 2 was altered"));
    }
}
