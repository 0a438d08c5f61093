package kz.aimaq.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleMessagesTest {

    @TempDir
    Path folder;

    private Path home() throws Exception {
        return Files.createDirectories(folder.resolve("home/conf")).getParent();
    }

    @Test
    void theLanguageIsTheAskedOneThenTheUsersChoiceThenTheInstallationsThenKazakh() throws Exception {
        Path home = home();
        Path data = folder.resolve("data");
        assertEquals("kk", ConsoleMessages.of(null, home, data, "aigerim").locale().getLanguage(), "nothing said");

        Files.writeString(home.resolve("conf/user.json"), "{ // the installation's defaults\n \"locale\": \"en\" }");
        assertEquals("en", ConsoleMessages.of(null, home, data, "aigerim").locale().getLanguage());

        Path settings = Files.createDirectories(data.resolve("users/aigerim")).resolve("settings.json");
        Files.writeString(settings, "{\"window\": {\"w\": 1}, \"locale\": \"ru\"}");
        assertEquals("ru", ConsoleMessages.of(null, home, data, "aigerim").locale().getLanguage(), "chosen in the window");

        assertEquals("kk", ConsoleMessages.of("kk", home, data, "aigerim").locale().getLanguage(), "--locale wins");
        assertEquals("ru", ConsoleMessages.of("fr", home, data, "aigerim").locale().getLanguage(),
                "an unsupported --locale is passed over");
        Files.writeString(settings, "{ broken");
        assertEquals("en", ConsoleMessages.of(null, home, data, "aigerim").locale().getLanguage(),
                "a broken settings file is the platform's to report");
    }

    @Test
    void everyMessageExistsInEveryLanguageWithTheSameArguments() {
        ConsoleMessages english = ConsoleMessages.of(Locale.ENGLISH);
        for (String language : new String[] {"kk", "ru"}) {
            ConsoleMessages other = ConsoleMessages.of(Locale.forLanguageTag(language));
            for (String key : new String[] {"usage", "option.unknown", "option.needsValue", "noDisplay",
                "dataNotWritable", "startFailed", "otherCommand"}) {
                String translated = other.get(key, "{A}", "{B}");
                assertTrue(!translated.equals(english.get(key, "{A}", "{B}")), language + " " + key + " is translated");
                assertEquals(english.get(key, "{A}", "{B}").contains("{A}"), translated.contains("{A}"), language + " " + key);
                assertEquals(english.get(key, "{A}", "{B}").contains("{B}"), translated.contains("{B}"), language + " " + key);
            }
        }
    }

    /** File locks are per process: the command holding the lock is another JVM, as in real use. */
    @Test
    void aCommandWaitingForAnotherSaysSoInTheUsersLanguage() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Path holder = folder.resolve("Holder.java");
        Files.writeString(holder, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class Holder {
                    public static void main(String[] a) throws Exception {
                        try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE); var lock = c.lock()) {
                            System.out.println("locked");
                            System.in.read();
                        }
                    }
                }
                """);
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                holder.toString(), data.resolve("command.lock").toString()).redirectErrorStream(true).start();
        try {
            assertEquals("locked", new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream(),
                    StandardCharsets.UTF_8)).readLine());
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            CompletableFuture<CommandTurn> turn = CompletableFuture.supplyAsync(() -> {
                try {
                    return CommandTurn.await(data, new PrintStream(said, true, StandardCharsets.UTF_8),
                            ConsoleMessages.of(Locale.forLanguageTag("kk")));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            while (said.size() == 0) {
                Thread.sleep(50);
            }
            other.getOutputStream().close();
            turn.get(60, TimeUnit.SECONDS).close();
            assertEquals("aimaq: " + data + " қалтасында басқа команда орындалып жатыр; бұл команда ол аяқталғанда"
                    + " басталады\n", said.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
        } finally {
            other.destroyForcibly();
        }
    }
}
