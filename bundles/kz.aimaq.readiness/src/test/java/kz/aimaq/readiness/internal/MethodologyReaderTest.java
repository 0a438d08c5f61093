package kz.aimaq.readiness.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import kz.aimaq.readiness.api.Group;
import kz.aimaq.readiness.api.InputProblem;
import kz.aimaq.readiness.api.InvalidInputException;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.Node;

/** A methodology file is refused with the JSON path and line of every offending node. */
class MethodologyReaderTest {

    private final ReadinessEngineImpl engine = new ReadinessEngineImpl();

    @Test
    void shippedMethodologiesAreValidTreesWhoseWeightsSumToOne() {
        Methodology egdi = engine.shippedMethodology("egdi");
        assertEquals(List.of("OSI", "HCI", "TII"), egdi.indicators().stream().map(Node::id).toList());
        assertEquals(1.0 / 3, egdi.root().children().get(0).weight(), 1e-15);
        Methodology okrug = engine.shippedMethodology("aimaq-okrug");
        assertEquals(17, okrug.indicators().size());
        assertEquals(List.of("readiness", "A", "B", "C", "D"), okrug.groups().stream().map(Node::id).toList());
        for (Group g : okrug.groups()) {
            assertEquals(1, g.children().stream().mapToDouble(Node::weight).sum(), 1e-12, g.id());
        }
        assertEquals("Байланыс және инфрақұрылым", okrug.groups().get(1).name().get(Locale.forLanguageTag("kk")));
    }

    @Test
    void weightsThatDoNotSumToOneOrAreNegativeAreRefused() {
        assertProblems(doc("""
                {"ref": "a", "weight": 0.7}, {"ref": "b", "weight": 0.2}""", ""),
                "3:$.groups[0].children: the weights of these children sum to 0.9, not 1");
        assertProblems(doc("""
                {"ref": "a", "weight": 1.5}, {"ref": "b", "weight": -0.5}""", ""),
                "4:$.groups[0].children[1].weight: weight -0.5 is negative");
    }

    @Test
    void unknownReferencesCyclesAndSecondParentsAreRefused() {
        assertProblems(doc("""
                {"ref": "a", "weight": 0.5}, {"ref": "nope", "weight": 0.5}""", ""),
                "4:$.groups[0].children[1].ref: \"nope\" names no group or indicator",
                "7:$.indicators[1]: \"b\" is not reachable from the root: reference it from a group or remove it");
        assertProblems(doc("""
                {"ref": "a", "weight": 0.5}, {"ref": "g", "weight": 0.5}""",
                """
                ,{"id": "g", "name": "g", "children": [{"ref": "b", "weight": 0.5}, {"ref": "root", "weight": 0.5}]}"""),
                "4:$.groups[1].children[1].ref: \"root\" closes a cycle: root → g → root");
        assertProblems(doc("""
                {"ref": "a", "weight": 0.5}, {"ref": "a", "weight": 0.5}""", ""),
                "4:$.groups[0].children[1].ref: \"a\" already has a parent at $.groups[0].children[0].ref:"
                        + " a methodology is a tree",
                "7:$.indicators[1]: \"b\" is not reachable from the root: reference it from a group or remove it");
    }

    @Test
    void equalGoalpostsMisspeltFieldsAndBadSyntaxAreRefused() {
        String equal = doc("""
                {"ref": "a", "weight": 0.5}, {"ref": "b", "weight": 0.5}""", "")
                .replace("\"lower\": 0, \"upper\": 100}, \"imputation\": \"none\"}", "\"lower\": 5, \"upper\": 5}}");
        assertProblems(equal, "6:$.indicators[0].normalisation: goalposts L and U are both 5: they must differ");
        assertProblems(doc("""
                {"ref": "a", "wieght": 0.5}, {"ref": "b", "weight": 0.5}""", ""),
                "4:$.groups[0].children[0].wieght: unknown field \"wieght\": check its spelling",
                "4:$.groups[0].children[0].weight: required field is missing");
        assertEquals(1, problems("{\"id\": \"x\",\n\"root\": }").size());
        assertEquals(2, problems("{\"id\": \"x\",\n\"root\": }").get(0).line());
    }

    private static String doc(String rootChildren, String moreGroups) {
        return """
                {"id": "m", "version": "1", "title": "t", "root": "root",
                 "groups": [
                   {"id": "root", "name": "root", "children": [
                     %s]}%s],
                 "indicators": [
                   {"id": "a", "name": "a", "unit": "%%", "direction": "higher", "normalisation": {"method": "goalposts", "lower": 0, "upper": 100}, "imputation": "none"},
                   {"id": "b", "name": "b", "unit": "%%", "direction": "higher", "normalisation": "min-max"}]}
                """.formatted(rootChildren, moreGroups);
    }

    private void assertProblems(String json, String... expected) {
        assertEquals(List.of(expected), problems(json).stream()
                .map(p -> p.line() + ":" + p.field() + ": " + p.reason()).toList());
        problems(json).forEach(p -> assertEquals("m.json", p.file()));
    }

    private List<InputProblem> problems(String json) {
        return assertThrows(InvalidInputException.class, () -> engine.readMethodology(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "m.json", Locale.ENGLISH)).problems();
    }
}
