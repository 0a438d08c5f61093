package com.example.aimaq.hello.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;
import kz.aimaq.testing.TestViewSite;
import kz.aimaq.workbench.api.SelectedUnit;

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
        TestViewSite site = open(Languages.RUSSIAN, null);

        site.select(ALMALY);

        assertTrue(texts().contains("Выбранная единица: 751210000 — Алмалинский район"), texts().toString());
    }

    @Test
    void showsASelectionMadeBeforeItOpened() {
        open(Languages.ENGLISH, ALMALY);

        assertTrue(texts().contains("Selected unit: 751210000 — Алмалинский район"), texts().toString());
        assertEquals(1, texts().stream().filter(t -> t.startsWith("Hello, Ерлан")).count());
    }

    private TestViewSite open(Locale locale, SelectedUnit selected) {
        TestViewSite site = new TestViewSite(Display.getDefault(),
                new TestUser("Ерлан", TestRegions.ALMATY_REGION, locale, UserContext.ROLE_ANALYST), HelloView.class);
        if (selected != null) {
            site.select(selected);
        }
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

}
