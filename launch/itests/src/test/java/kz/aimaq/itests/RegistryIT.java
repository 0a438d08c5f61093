package kz.aimaq.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.util.List;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.registry.api.OutOfScopeException;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitEdit;

/**
 * The registry bundle in a real framework on the embedded database: it starts, migrates and
 * seeds the whole KATO classifier, and refuses an analyst's edit outside their region.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RegistryIT {

    @Inject
    @Filter(timeout = 240_000) // first start seeds the whole classifier, much slower on a busy machine
    private RegistryService registry;

    /** The database's log (the file one, ranked lower, only holds entries while no database is reachable). */
    @Inject
    @Filter(value = "(service.ranking=100)", timeout = 60_000)
    private AuditLog audit;

    @Configuration
    public Option[] configuration() {
        // a registry editor of Astana, not an admin: may edit only units whose code starts with 71
        TestHome home = TestHome.create("registry").file("conf/user.json",
                "{\"roles\": [\"registry-editor\", \"analyst\"], \"scope\": \"710000000\", \"region\": \"710000000\"}");
        return options(AimaqOptions.platform(home.home, home.data, "710000000"), AimaqOptions.registry(),
                frameworkProperty(LaunchProperties.HEADLESS).value("true"),
                frameworkProperty(LaunchProperties.ROLES).value("registry-editor"));
    }

    @Test
    public void aNewInstallationHoldsTheWholeKatoClassifier() {
        List<Unit> regions = registry.roots();
        assertEquals("17 oblasts and 3 cities of republican significance", 20, regions.size());
        Unit abai = registry.find("100000000").orElseThrow();
        assertEquals("Абай облысы", abai.nameKk());
        assertTrue(registry.children("100000000").size() >= 12);
        // Astana has no CD-level row: its districts hang directly under the city.
        assertTrue(registry.children("710000000").stream().allMatch(u -> u.parentCode().equals("710000000")));
        assertTrue(registry.search("Қарағанды", 10).stream().anyMatch(u -> u.code().startsWith("35")));
    }

    @Test
    public void anEditorCannotChangeAUnitOutsideTheirScopeAndTheRefusalIsAudited() {
        Unit almatyRegion = registry.find("190000000").orElseThrow();
        long changesBefore = audit.entries().stream().filter(e -> !e.refused()).count();
        try {
            registry.update(new UnitEdit(almatyRegion.code(), "Өзгертілген атау", "Изменённое название",
                    almatyRegion.parentCode()));
            fail("an Astana editor changed a unit of Almaty region");
        } catch (OutOfScopeException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("190000000"));
        }
        assertEquals("Алматы облысы", registry.find("190000000").orElseThrow().nameKk());
        assertEquals("a refused change is not audited as done", changesBefore,
                audit.entries().stream().filter(e -> !e.refused()).count());
        AuditEntry refusal = audit.entries().get(audit.entries().size() - 1);
        assertTrue(refusal.refused());
        assertEquals("registry.unit.update", refusal.action());
        assertEquals("190000000", refusal.target());
        assertEquals(System.getProperty("user.name"), refusal.user());
    }

    @Test
    public void anEditInsideTheScopeIsAuditedInTheSameDatabaseAndTheChainHolds() throws Exception {
        Unit district = registry.children("710000000").get(0);
        registry.update(new UnitEdit(district.code(), district.nameKk() + " (сынақ)", district.nameRu(), null));
        AuditEntry change = audit.entries().get(audit.entries().size() - 1);
        assertEquals("registry.unit.update", change.action());
        assertEquals(district.code(), change.target());
        assertTrue(change.hash(), change.hash().length() == 64);
        assertTrue(audit.verify().problem(), audit.verify().isIntact());
    }
}
