package kz.aimaq.tax.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.api.CurrentAuditLog;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.storage.api.Migrations;
import kz.aimaq.storage.testing.TestDatabase;
import kz.aimaq.tax.api.InputProblem;
import kz.aimaq.tax.api.IdCheck;
import kz.aimaq.tax.api.InvalidInputException;
import kz.aimaq.testing.RecordingAuditLog;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;

/**
 * Kazakh and Russian accountants read what is wrong with their file in their own language, still
 * located by file, line and field; the command shows tenge as they write numbers.
 */
class ProblemLanguagesTest {

    private static final Locale KAZAKH = Locale.forLanguageTag("kk");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** A word in Latin letters; a cell such as B3 and quoted values from the file are not words of the text. */
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final String HEADER = "date;payer;kbk;knp;amount;document;kato";

    @TempDir
    Path folder;
    private TestDatabase db;

    @BeforeEach
    void open() {
        db = TestDatabase.h2();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private TaxServiceImpl service(UserContext user) throws Exception {
        CurrentAuditLog log = new CurrentAuditLog();
        log.use(new RecordingAuditLog());
        return new TaxServiceImpl(db.database(), Migrations.fromClassLoader(getClass().getClassLoader(),
                TaxServiceImpl.MIGRATIONS), ReferenceTables.shipped(), new FixedUnits(), user, log,
                TaxStorageContract.TODAY);
    }

    private static UserContext officer(Locale locale) {
        return new TestUser("officer", TestRegions.ALMATY_REGION, locale, UserContext.ROLE_TAX_OFFICER);
    }

    private Path file(String name, String... lines) throws IOException {
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private Path badPayments() throws IOException {
        return file("bad.csv", HEADER,
                "2026-03-20;880101190003;104402;911;11796;PP-1;" + FixedUnits.OKRUG_A,
                "2026-13-01;880101190004;999999;91;12.345;;123",
                "2027-01-01;880101190003;104402;911;10;PP-3;" + FixedUnits.OKRUG_A,
                "2026-03-21;880101190003;104402;911;0;PP-4;359999999");
    }

    private static void assertNoEnglishWord(List<InputProblem> problems) {
        for (InputProblem p : problems) {
            Matcher latin = LATIN_WORD.matcher(p.reason().replaceAll("'[^']*'", "''"));
            assertFalse(latin.find(), "an English word left in " + p);
        }
    }

    private static List<String> reasons(InvalidInputException e) {
        return e.problems().stream().map(InputProblem::reason).toList();
    }

    @Test
    void aBadPaymentFileIsExplainedInKazakhAndRussianAtTheSamePlaces() throws Exception {
        InvalidInputException english = assertThrows(InvalidInputException.class,
                () -> service(officer(Locale.ENGLISH)).previewPayments(badPayments()));
        InvalidInputException kazakh = assertThrows(InvalidInputException.class,
                () -> service(officer(KAZAKH)).previewPayments(badPayments()));
        InvalidInputException russian = assertThrows(InvalidInputException.class,
                () -> service(officer(RUSSIAN)).previewPayments(badPayments()));
        List<String> located = english.problems().stream().map(p -> p.file() + ":" + p.line() + ":" + p.field()).toList();
        assertEquals(List.of("bad.csv:3:date", "bad.csv:3:payer", "bad.csv:3:kbk", "bad.csv:3:knp", "bad.csv:3:amount",
                "bad.csv:3:document", "bad.csv:3:kato", "bad.csv:4:date", "bad.csv:5:amount", "bad.csv:5:kato"), located);
        for (InvalidInputException e : List.of(kazakh, russian)) {
            assertEquals(located, e.problems().stream().map(p -> p.file() + ":" + p.line() + ":" + p.field()).toList());
            assertNoEnglishWord(e.problems());
        }
        assertEquals(List.of("'2026-13-01' күн емес (ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ)",
                "ЖСН/БСН ********0004: бақылау цифры 4 қате, күтілетіні 3",
                "'999999' БСК анықтамалығында жоқ",
                "'91' үш таңбалы ТМК емес (911 салық, 912 өсімпұл)",
                "'12.345' теңгедегі сома емес (үтірден кейін ең көбі 2 таңба)",
                "бос",
                "'123' тоғыз таңбалы КАТО коды емес",
                "2027-01-01 әлі келген жоқ",
                "нөлге тең",
                "359999999 тізілімде өз бюджеті бар қолданыстағы бірлік емес"), reasons(kazakh));
        assertEquals(List.of("'2026-13-01' не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)",
                "ИИН/БИН ********0004: неверная контрольная цифра 4, ожидается 3",
                "'999999' нет в справочнике КБК",
                "'91' не трёхзначный КНП (911 налог, 912 пеня)",
                "'12.345' не сумма в тенге (не более 2 знаков после запятой)",
                "пусто",
                "'123' не девятизначный код КАТО",
                "2027-01-01 — дата в будущем",
                "равна нулю",
                "359999999 — не действующая в реестре единица со своим бюджетом"), reasons(russian));
        assertEquals("IIN/BIN ********0004 wrong check digit 4, expected 3", english.problems().get(1).reason(),
                "English stays as it was");
    }

    @Test
    void theHeaderAndTheCsvReaderSpeakTheUsersLanguageToo() throws Exception {
        Path noKato = file("no-kato.csv", "date;payer;kbk;knp;amount;document",
                "2026-03-20;880101190003;104402;911;11796;PP-1",
                "2026-03-20;880101190003;104402;911;11796");
        InvalidInputException kazakh = assertThrows(InvalidInputException.class,
                () -> service(officer(KAZAKH)).previewPayments(noKato));
        List<String> problems = kazakh.problems().stream().map(InputProblem::toString).toList();
        assertTrue(problems.contains("no-kato.csv:1:kato: тақырып жолында 'kato' бағаны жоқ; күтілетіні: "
                + "date,payer,kbk,knp,amount,document,kato"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("no-kato.csv:3:") && p.contains("өріс, ал тақырыпта 6")),
                "the CSV reader's own problem in Kazakh: " + problems);
        InvalidInputException russian = assertThrows(InvalidInputException.class,
                () -> service(officer(RUSSIAN)).previewPayments(noKato));
        assertTrue(russian.problems().stream().map(InputProblem::toString).toList()
                .contains("no-kato.csv:1:kato: в заголовке нет столбца 'kato'; ожидаются "
                        + "date,payer,kbk,knp,amount,document,kato"), russian.getMessage());
    }

    @Test
    void aBadXlsxCellIsExplainedInKazakhAndRussianNamingTheCell() throws Exception {
        Path bank = xlsx("bad.xlsx",
                new Object[] {LocalDate.of(2026, 3, 20), 880101190003L, 104402, 911, 11796, "PP-1", 195230100},
                new Object[] {LocalDate.of(2026, 3, 21), 880101190004L, 104402, 911, "12 тыс", "PP-2", 195230100});
        InvalidInputException kazakh = assertThrows(InvalidInputException.class,
                () -> service(officer(KAZAKH)).previewPayments(bank));
        assertEquals(List.of("bad.xlsx!Төлемдер:3:payer: ЖСН/БСН ********0004: бақылау цифры 4 қате, күтілетіні 3 "
                + "(B3 ұяшығы)", "bad.xlsx!Төлемдер:3:amount: '12 тыс' теңгедегі сома емес (үтірден кейін ең көбі 2 таңба) "
                + "(E3 ұяшығы)"), kazakh.problems().stream().map(InputProblem::toString).toList());
        assertNoEnglishWord(kazakh.problems());
        InvalidInputException russian = assertThrows(InvalidInputException.class,
                () -> service(officer(RUSSIAN)).previewPayments(bank));
        assertEquals(List.of("bad.xlsx!Төлемдер:3:payer: ИИН/БИН ********0004: неверная контрольная цифра 4, ожидается 3 "
                + "(ячейка B3)", "bad.xlsx!Төлемдер:3:amount: '12 тыс' не сумма в тенге (не более 2 знаков после запятой) "
                + "(ячейка E3)"), russian.problems().stream().map(InputProblem::toString).toList());
        assertNoEnglishWord(russian.problems());

        Path noXlsx = folder.resolve("broken.xlsx");
        byte[] bytes = Files.readAllBytes(bank);
        Files.write(noXlsx, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        InvalidInputException broken = assertThrows(InvalidInputException.class,
                () -> service(officer(RUSSIAN)).previewPayments(noXlsx));
        assertTrue(broken.problems().get(0).toString().startsWith("broken.xlsx:0:-: zip-архив повреждён"),
                broken.getMessage());
    }

    @Test
    void aBadPlanFileIsExplainedInKazakhAndRussianWithTheYearUngrouped() throws Exception {
        Path bad = file("plan-bad.csv", "kato,year,kbk,amount,decision",
                "999999999,20x6,104402,-5,",
                FixedUnits.OKRUG_A + ",2026,104402,1000000,decision 12-1",
                FixedUnits.OKRUG_A + ",2026,104402,1200000,decision 12-1",
                FixedUnits.OKRUG_A + ",2026,100000,1200000,decision 12-1");
        InvalidInputException kazakh = assertThrows(InvalidInputException.class,
                () -> service(officer(KAZAKH)).importPlan(bad));
        assertEquals(List.of("plan-bad.csv:2:kato: 999999999 тізілімде өз бюджеті бар қолданыстағы бірлік емес",
                "plan-bad.csv:2:year: '20x6' жыл емес", "plan-bad.csv:2:amount: теріс сан", "plan-bad.csv:2:decision: бос",
                "plan-bad.csv:4:kbk: 104402 " + FixedUnits.OKRUG_A + " үшін 2026 жылы екі рет кездеседі",
                "plan-bad.csv:5:kbk: '100000' БСК анықтамалығында жоқ"),
                kazakh.problems().stream().map(InputProblem::toString).toList());
        assertNoEnglishWord(kazakh.problems());
        InvalidInputException russian = assertThrows(InvalidInputException.class,
                () -> service(officer(RUSSIAN)).importPlan(bad));
        assertEquals(List.of("999999999 — не действующая в реестре единица со своим бюджетом", "'20x6' не год",
                "отрицательна", "пусто", "104402 встречается дважды для " + FixedUnits.OKRUG_A + " в 2026 году",
                "'100000' нет в справочнике КБК"), reasons(russian));
        assertNoEnglishWord(russian.problems());
    }

    @Test
    void anOverlappingReferenceRowIsExplainedInKazakh() throws Exception {
        String shipped = new String(getClass().getClassLoader().getResourceAsStream("reference/base_rate.csv")
                .readAllBytes(), StandardCharsets.UTF_8);
        Path overlapping = file("base_rate-overlap.csv", shipped.stripTrailing(), "16.00,2026-01-01,,test,H");
        UserContext admin = new TestUser("admin", TestRegions.ALMATY_REGION, KAZAKH, UserContext.ROLE_ADMIN);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service(admin).previewReference("base_rate", overlapping));
        InputProblem overlap = e.problems().get(0);
        assertEquals("valid_from", overlap.field());
        assertTrue(overlap.reason().matches(
                "'' үшін \\d+-жолмен қабаттасады \\(\\d{4}-\\d\\d-\\d\\d – (\\d{4}-\\d\\d-\\d\\d|мерзімсіз)\\)"),
                overlap.reason());
    }

    @Test
    void theCommandShowsTengeAsKazakhAndRussianUsersWriteNumbers() throws Exception {
        TaxServiceImpl tax = service(officer(RUSSIAN));
        tax.generateDemo(FixedUnits.DISTRICT.substring(0, 2) + "0000000", 2026);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(0, new TaxCommand(tax, officer(RUSSIAN)).run(List.of("execution", "--unit", FixedUnits.DISTRICT,
                "--year", "2026", "--as-of", "2026-12-06"), print, System.err));
        Path bank = file("bank.csv", HEADER, "2026-03-20;880101190003;104402;911;6044000;PP-1;" + FixedUnits.OKRUG_A);
        assertEquals(0, new TaxCommand(service(officer(KAZAKH)), officer(KAZAKH)).run(List.of("import-payments",
                "--file", bank.toString(), "--preview"), print, System.err));
        List<String> printed = out.toString(StandardCharsets.UTF_8).replace('\u00A0', ' ').replace('\u202F', ' ')
                .lines().toList();
        assertTrue(printed.stream().anyMatch(l -> l.matches(
                "КБК 104402: план \\d{1,3}( \\d{3})*,\\d\\d, факт \\d{1,3}( \\d{3})*,\\d\\d \\(\\d+(,\\d+)?% плана\\), "
                        + "прогноз \\d{1,3}( \\d{3})*,\\d\\d")), printed.toString());
        assertTrue(printed.stream().anyMatch(l -> l.strip().equals("БСК 104402: 6 044 000,00 теңге")), printed.toString());
    }

    @Test
    void aNumberCheckSaysWhyInTheUsersLanguage() throws Exception {
        for (Locale locale : List.of(KAZAKH, RUSSIAN)) {
            IdCheck check = service(officer(locale)).checkId("880101190004");
            assertFalse(check.valid());
            assertFalse(check.reason().isBlank());
            assertFalse(LATIN_WORD.matcher(check.reason()).find(), locale + ": " + check.reason());
        }
        assertTrue(service(officer(KAZAKH)).checkId("880101190003").valid());
    }

    @Test
    void aRefusalIsSaidInTheUsersLanguageNamingTheUnitAndIsAudited() throws Exception {
        UserContext analyst = new TestUser("analyst", TestRegions.ALMATY_REGION, KAZAKH, UserContext.ROLE_ANALYST);
        CurrentAuditLog log = new CurrentAuditLog();
        RecordingAuditLog audit = new RecordingAuditLog();
        log.use(audit);
        TaxServiceImpl tax = new TaxServiceImpl(db.database(), Migrations.fromClassLoader(getClass().getClassLoader(),
                TaxServiceImpl.MIGRATIONS), ReferenceTables.shipped(), new FixedUnits(), analyst, log,
                TaxStorageContract.TODAY);
        Path bank = file("bank.csv", HEADER, "2026-03-20;880101190003;104402;911;6044000;PP-1;" + FixedUnits.OKRUG_A);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(1, new TaxCommand(tax, analyst).run(List.of("import-payments", "--file", bank.toString()),
                System.out, print));
        String said = err.toString(StandardCharsets.UTF_8).strip();
        assertTrue(said.startsWith("Бас тартылды") && said.contains(FixedUnits.OKRUG_A), said);
        assertFalse(LATIN_WORD.matcher(said).find(), "an English word left in " + said);
        assertTrue(audit.entries().stream().anyMatch(e -> e.action().equals("tax.refused")
                && e.target().equals(FixedUnits.OKRUG_A)), "the refusal is audited");
    }

    private Path xlsx(String name, Object[]... rows) throws IOException {
        return BankXlsx.write(folder.resolve(name), rows);
    }
}
