package kz.aimaq.platform.internal.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import kz.aimaq.platform.api.cli.CliCommand;
import kz.aimaq.platform.api.l10n.Messages;

/** The registered commands by name, and how {@code args[0]} picks one. */
public final class CommandTable {

    /** Exit code of a command used wrongly. */
    public static final int USAGE = 2;

    private record Entry(CliCommand command, String usage) {
    }

    private final Map<String, Entry> commands = new ConcurrentSkipListMap<>();
    private final Messages messages;
    private final BiConsumer<String, Exception> failed;
    private volatile Supplier<Map<String, String>> declared = Map::of;

    /**
     * @param messages the user's language, for what the table itself says
     * @param failed told when a command throws: the command name and the exception
     */
    public CommandTable(Messages messages, BiConsumer<String, Exception> failed) {
        this.messages = messages;
        this.failed = failed;
    }

    /**
     * The commands that started modules declare, by name, with their usage: listed by help even
     * before they are registered (the registry's waits until its data is loaded).
     */
    public void declared(Supplier<Map<String, String>> commandsDeclared) {
        this.declared = commandsDeclared;
    }

    public void add(String name, String usage, CliCommand command) {
        commands.put(name, new Entry(command, usage == null || usage.isBlank() ? name : usage));
        synchronized (this) {
            notifyAll();
        }
    }

    /** Waits until a command of this name is registered; true if it is. */
    public synchronized boolean await(String name, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!commands.containsKey(name)) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /** Whether a command of this name is registered, or is the help. */
    public boolean has(String name) {
        return commands.containsKey(name) || "help".equals(name) || "--help".equals(name);
    }

    /** Removes {@code command} if it is still the one registered under {@code name}. */
    public void remove(String name, CliCommand command) {
        commands.computeIfPresent(name, (n, e) -> e.command() == command ? null : e);
    }

    /**
     * Runs the command named by {@code args[0]} with the other arguments. {@code help}, no
     * arguments or an unknown name list the commands.
     */
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(messages.get("cli.noCommand"));
            help(err);
            return USAGE;
        }
        String name = args[0];
        if ("help".equals(name) || "--help".equals(name)) {
            help(out);
            return 0;
        }
        Entry entry = commands.get(name);
        if (entry == null) {
            err.println(messages.get("cli.unknownCommand", name));
            help(err);
            return USAGE;
        }
        List<String> rest = List.copyOf(Arrays.asList(args).subList(1, args.length));
        try {
            return entry.command().run(rest, out, err);
        } catch (Exception e) {
            failed.accept(name, e);
            err.println(messages.get("cli.commandFailed", name, e.getMessage()));
            return 1;
        }
    }

    private void help(PrintStream to) {
        Map<String, String> usages = new TreeMap<>();
        declared.get().forEach((name, usage) -> usages.put(name, usage == null || usage.isBlank() ? name : usage));
        commands.forEach((name, entry) -> usages.put(name, entry.usage()));
        to.println(messages.get("cli.commands"));
        to.println("  help");
        usages.values().forEach(usage -> to.println("  " + usage));
    }
}
