package kz.aimaq.platform.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.cli.CliCommand;
import kz.aimaq.platform.api.l10n.Messages;

class CommandTableTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> failures = new ArrayList<>();
    private final CommandTable table = new CommandTable(
            Messages.of(CommandTable.class, new Locale("kk")), (name, e) -> failures.add(name));

    private int run(String... args) {
        return table.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theFirstArgumentPicksTheCommandAndTheRestAreItsArguments() {
        List<List<String>> calls = new ArrayList<>();
        table.add("echo", "echo <words>", (arguments, o, e) -> {
            calls.add(arguments);
            return 0;
        });
        assertEquals(0, run("echo", "a", "--b"));
        assertEquals(List.of(List.of("a", "--b")), calls);
    }

    @Test
    void unknownCommandIsAUsageErrorListingTheCommands() {
        table.add("bundles", "bundles", (arguments, o, e) -> 0);
        assertEquals(2, run("bundels"));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("'bundels' деген команда жоқ"), text);
        assertTrue(text.contains("  bundles"), text);
    }

    @Test
    void helpListsEveryCommandWithItsUsage() {
        table.add("modules", "modules list | modules enable <module> --region <code>", (arguments, o, e) -> 0);
        assertEquals(0, run("help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("modules enable <module> --region <code>"));
    }

    @Test
    void helpAlsoListsCommandsDeclaredButNotRegisteredYet() {
        table.add("modules", "modules list", (arguments, o, e) -> 0);
        table.declared(() -> java.util.Map.of("registry", "registry find <text>", "modules", "modules list"));

        assertEquals(0, run("help"));

        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("  registry find <text>"), text);
        assertEquals(1, text.split("modules list", -1).length - 1, "listed once: " + text);
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertEquals(2, run());
    }

    @Test
    void aThrowingCommandIsRefusedAndLogged() {
        table.add("boom", "boom", (arguments, o, e) -> {
            throw new IllegalStateException("database is down");
        });
        assertEquals(1, run("boom"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("database is down"));
        assertEquals(List.of("boom"), failures);
    }

    @Test
    void aReplacedCommandIsNotRemovedByTheOldOnesDeparture() {
        CliCommand old = (arguments, o, e) -> 0;
        CliCommand current = (arguments, o, e) -> 3;
        table.add("x", "x", old);
        table.add("x", "x", current);
        table.remove("x", old);
        assertEquals(3, run("x"));
        table.remove("x", current);
        assertEquals(2, run("x"));
    }
}
