package com.example.aimaq.hello.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.SelectedUnit;
import kz.aimaq.workbench.api.ViewSite;

class HelloViewTest {

    private static final SelectedUnit ALMALY = new SelectedUnit("751210000", "Алмалы ауданы", "Алмалинский район");

    private final Shell shell = new Shell(Display.getDefault());
    private final HelloView view = new HelloView();

    @AfterEach
    void close() {
        view.dispose();
        shell.dispose();
    }

    @Test
    void greetsTheUserInKazakhAndNamesTheirRegionAndTheExample() {
        open(Languages.KAZAKH, null);

        List<String> texts = texts();
        assertTrue(texts.contains("Сәлеметсіз бе, Ерлан!"), texts.toString());
        assertTrue(texts.contains("Сіздің өңіріңіз: Алматы облысы"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("мысал қосымшадан")), "says it is an example: " + texts);
        assertTrue(texts.contains(Messages.of(HelloView.class, Languages.KAZAKH).get("hello.noSelection")), texts.toString());
    }

    @Test
    void followsTheSharedSelection() {
        Site site = open(Languages.RUSSIAN, null);

        site.select(ALMALY);

        assertTrue(texts().contains("Выбранная единица: 751210000 — Алмалинский район"), texts().toString());
    }

    @Test
    void showsASelectionMadeBeforeItOpened() {
        open(Languages.ENGLISH, ALMALY);

        assertTrue(texts().contains("Selected unit: 751210000 — Алмалинский район"), texts().toString());
        assertEquals(1, texts().stream().filter(t -> t.startsWith("Hello, Ерлан")).count());
    }

    private Site open(Locale locale, SelectedUnit selected) {
        Site site = new Site(new FakeUser(locale), selected);
        shell.setLayout(new FillLayout());
        view.createContent(shell, site);
        shell.setSize(600, 300);
        shell.layout(true, true);
        return site;
    }

    private List<String> texts() {
        List<String> texts = new ArrayList<>();
        collect(shell, texts);
        return texts;
    }

    private static void collect(Composite parent, List<String> texts) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label) {
                texts.add(label.getText());
            } else if (child instanceof Composite composite) {
                collect(composite, texts);
            }
        }
    }

    /** The shell's side of the view: strings, user and the shared selection, all on this thread. */
    private static final class Site implements ViewSite {

        private final UserContext user;
        private final List<Consumer<SelectedUnit>> listeners = new ArrayList<>();
        private SelectedUnit selection;

        Site(UserContext user, SelectedUnit selection) {
            this.user = user;
            this.selection = selection;
        }

        @Override
        public String id() {
            return HelloView.ID;
        }

        @Override
        public UserContext user() {
            return user;
        }

        @Override
        public Messages messages() {
            return Messages.of(HelloView.class, user.locale());
        }

        @Override
        public Optional<SelectedUnit> selection() {
            return Optional.ofNullable(selection);
        }

        @Override
        public void select(SelectedUnit unit) {
            selection = unit;
            listeners.forEach(listener -> listener.accept(unit));
        }

        @Override
        public void onSelection(Consumer<SelectedUnit> listener) {
            listeners.add(listener);
        }

        @Override
        public void asyncExec(Runnable task) {
            Display.getDefault().asyncExec(task);
        }

        @Override
        public void showStatus(String message) {
            throw new AssertionError("the view does not use the status line: " + message);
        }
    }
}
