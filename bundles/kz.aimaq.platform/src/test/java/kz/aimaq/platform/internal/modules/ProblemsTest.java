package kz.aimaq.platform.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.Problem;
import kz.aimaq.platform.internal.Text;

/** A problem reaches the log in English and a Kazakh or Russian administrator in their language. */
class ProblemsTest {

    private final List<Problem> logged = new ArrayList<>();
    private final Problems problems = new Problems(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), logged::add);

    @Test
    void aRefusedAddOnIsToldInEachLanguageWithItsReason() {
        Path jar = Path.of("deploy", "acme.jar");

        problems.report(jar.toString(), "problem.refused", jar, new Text("signature.unsigned"));

        Problem problem = problems.list().get(0);
        assertEquals("deploy/acme.jar: refused: unsigned: the jar carries no signature", problem.message());
        assertEquals("deploy/acme.jar: қабылданбады: қол қойылмаған: jar файлында қолтаңба жоқ",
                problem.message(Text.KAZAKH));
        assertEquals("deploy/acme.jar: отклонён: не подписан: у jar нет подписи", problem.message(Text.RUSSIAN));
        assertEquals(problem.message(), problem.message(Locale.FRENCH), "English where there is no translation");
        assertEquals(List.of(problem), logged, "logged once, in English");
    }

    @Test
    void whatTheSystemSaidIsQuotedAsItSaidItAndApostrophesSurvive() {
        problems.report("region-policy.json", "problem.policyNotInstalled", "'acme' (region-policy.json:3)", "[example]");

        Problem problem = problems.list().get(0);
        assertEquals("the policy names 'acme' (region-policy.json:3), which no feature or add-on jar in deploy/ provides:"
                + " such an entry has no effect until the add-on's jar is back or the name is corrected (the modules"
                + " installed are [example]); the rest of the policy is in force", problem.message());
        assertEquals("саясатта 'acme' (region-policy.json:3) аталған, бірақ оларды ешбір функция да, deploy/ қалтасындағы"
                + " қосымша jar да бермейді: қосымшаның jar файлы қайтарылғанша немесе атауы түзетілгенше бұл жазбаның"
                + " әсері жоқ (орнатылған модульдер: [example]); саясаттың қалғаны күшінде", problem.message(Text.KAZAKH));
    }

    @Test
    void theSameProblemAgainIsNotLoggedAgain() {
        problems.report("deploy", "problem.deployUnreadable", "deploy", "Permission denied");
        problems.report("deploy", "problem.deployUnreadable", "deploy", "Permission denied");

        assertEquals(1, logged.size());
    }
}
