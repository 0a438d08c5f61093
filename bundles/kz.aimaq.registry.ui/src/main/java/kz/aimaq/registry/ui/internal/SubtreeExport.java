package kz.aimaq.registry.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Consumer;

import kz.aimaq.csv.CsvConvention;
import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.RegistryService;

/**
 * Writes a unit and its current descendants to a file in a background job. The data goes to a
 * temporary file beside the target first, so a failed or cancelled export never leaves half a
 * file under the name the user chose.
 */
final class SubtreeExport {

    /** The two formats the registry writes. */
    enum Format {
        CSV("csv"), JSON("json");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    /** What became of an export, as the view shows it. */
    record Outcome(String text, boolean error) {
    }

    private SubtreeExport() {
    }

    /** Schedules the export; {@code done} is called on the job's thread with the outcome. */
    static void start(RegistryAccess access, Messages messages, String code, Format format, Path target,
            Consumer<Outcome> done) {
        String name = messages.get("export.job", code, target.getFileName().toString());
        access.live().job(name, monitor -> done.accept(run(access.registry(), messages, code, format, target, monitor)));
    }

    static Outcome run(Optional<RegistryService> registry, Messages messages, String code, Format format, Path target,
            ProgressMonitor monitor) {
        if (registry.isEmpty()) {
            return new Outcome(messages.get("registry.absent"), true);
        }
        monitor.begin(2);
        monitor.subTask(messages.get("export.writing", target.getFileName().toString()));
        Path temporary = null;
        try {
            Path folder = target.toAbsolutePath().getParent();
            temporary = Files.createTempFile(folder, ".aimaq-export-", "." + format.extension);
            try (OutputStream out = Files.newOutputStream(temporary)) {
                if (format == Format.CSV) {
                    registry.get().exportCsv(code, CsvConvention.of(messages.locale()), messages.locale(), out);
                } else {
                    registry.get().exportJson(code, out);
                }
            }
            monitor.worked(1);
            if (monitor.isCancelled()) {
                Files.deleteIfExists(temporary);
                return new Outcome(messages.get("export.cancelled", target.toString()), false);
            }
            move(temporary, target);
            monitor.worked(1);
            return new Outcome(messages.get("export.done", code, target.toString()), false);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            return new Outcome(messages.get("export.failed", target.toString(), String.valueOf(e.getMessage())), true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The export already failed and says so; a stray temporary file is the lesser problem.
        }
    }
}
