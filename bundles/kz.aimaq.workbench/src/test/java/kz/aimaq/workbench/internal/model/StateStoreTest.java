package kz.aimaq.workbench.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {

    private final List<String> warnings = new ArrayList<>();
    private final ShellLog log = new ShellLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
            warnings.add(message);
        }

        @Override
        public void error(String message, Throwable failure) {
            warnings.add(message);
        }
    };

    @Test
    void writtenStateReadsBackTheSame(@TempDir Path data) {
        StateStore store = new StateStore(StateStore.fileFor(data, "nurlan"), log);
        WorkbenchState state = new WorkbenchState(10, 20, 900, 600, true, "tax", Set.of("notes"),
                Map.of("tax/main", "rates"));
        store.write(state);
        assertEquals(state, store.read());
        assertTrue(Files.isRegularFile(data.resolve("users/nurlan/workbench.json")));
    }

    @Test
    void corruptFileGivesDefaultsAndAWarning(@TempDir Path data) throws Exception {
        Path file = StateStore.fileFor(data, "nurlan");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"width\": \"wide\", ");
        WorkbenchState state = new StateStore(file, log).read();
        assertEquals(WorkbenchState.defaults(), state);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains(file.toString()), warnings.get(0));
    }

    @Test
    void aFileWithFieldsOfALaterVersionStillGivesItsKnownFields(@TempDir Path data) throws Exception {
        Path file = StateStore.fileFor(data, "nurlan");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {"x" : 80, "y" : 50, "width" : 1440, "height" : 900, "maximized" : false,
                 "theme" : {"dark": true, "accents": [1, 2]},
                 "perspective" : "kz.aimaq.registry.ui.perspective", "closedViews" : [ "notes" ],
                 "selectedTabs" : {"kz.aimaq.workbench.home/bottom" : "kz.aimaq.platform.ui.audit"}}
                """);
        assertEquals(new WorkbenchState(80, 50, 1440, 900, false, "kz.aimaq.registry.ui.perspective",
                Set.of("notes"), Map.of("kz.aimaq.workbench.home/bottom", "kz.aimaq.platform.ui.audit")),
                new StateStore(file, log).read());
        assertEquals(List.of(), warnings);
    }

    @Test
    void userNamesBecomeSafeFolderNames(@TempDir Path data) {
        assertEquals(data.resolve("users/a_b_.._c/workbench.json"), StateStore.fileFor(data, "a/b/../c"));
    }
}
