package kz.aimaq.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * Headless commands on one data folder take turns: each holds an exclusive lock on
 * {@code <data>/command.lock} while it runs, the others wait for it. A process serving the
 * embedded database to others cannot exit until they are done with it, so many short commands
 * at once made a chain of hand-overs in which commands failed; in turns each simply waits a
 * little. The window does not take a turn: a command beside it uses its database through H2's
 * server mode. The operating system drops the lock of a process that dies.
 */
final class CommandTurn implements AutoCloseable {

    private static final long QUIET_MILLIS = 1000;

    private final FileChannel channel;

    private CommandTurn(FileChannel channel) {
        this.channel = channel;
    }

    /** Waits for this command's turn; says once on {@code err} that it waits, if it waits long. */
    static CommandTurn await(Path data, PrintStream err, ConsoleMessages say) throws IOException, InterruptedException {
        FileChannel channel = FileChannel.open(data.resolve("command.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            long quietUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS);
            boolean told = false;
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new CommandTurn(channel);
                }
                if (!told && System.nanoTime() > quietUntil) {
                    err.println("aimaq: " + say.get("otherCommand", data));
                    told = true;
                }
                Thread.sleep(100);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
