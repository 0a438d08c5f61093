package com.example.aimaq.hello.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;
import kz.aimaq.workbench.api.CommandContext;
import kz.aimaq.workbench.api.SelectedUnit;

class SayHelloCommandTest {

    @Test
    void greetsInTheStatusLineInTheUsersLanguage() {
        assertEquals(List.of("Сәлеметсіз бе, Ерлан! Мысал қосымшадан сәлем. Сіздің өңіріңіз: Алматы облысы."),
                run(Languages.KAZAKH));
        assertEquals(List.of("Здравствуйте, Ерлан! Привет от примера дополнения. Ваш регион: Алматинская область."),
                run(Languages.RUSSIAN));
        assertEquals(List.of("Hello, Ерлан, from the example add-on! Your region: Almaty Region."),
                run(Languages.ENGLISH));
    }

    private static List<String> run(Locale locale) {
        List<String> status = new ArrayList<>();
        UserContext user = new TestUser("Ерлан", TestRegions.ALMATY_REGION, locale, UserContext.ROLE_ANALYST);
        new SayHelloCommand().execute(new CommandContext() {
            @Override
            public Shell shell() {
                throw new AssertionError("the command opens no dialog");
            }

            @Override
            public UserContext user() {
                return user;
            }

            @Override
            public Messages messages() {
                return Messages.of(SayHelloCommand.class, locale);
            }

            @Override
            public Optional<SelectedUnit> selection() {
                return Optional.empty();
            }

            @Override
            public void asyncExec(Runnable task) {
                throw new AssertionError("the command does no work off the UI thread");
            }

            @Override
            public void showStatus(String message) {
                status.add(message);
            }
        });
        return status;
    }
}
