package kz.aimaq.registry.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.storage.api.Database;
import kz.aimaq.storage.api.Migration;
import kz.aimaq.storage.api.Migrations;

/** Builds the registry over a test database, as the component does in the framework. */
final class Registries {

    /** Tests run on 1 March 2027, after the shipped edition's start. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T08:00:00Z"), ZoneOffset.UTC);

    private Registries() {
    }

    static List<Migration> migrations() {
        return Migrations.fromClassLoader(Registries.class.getClassLoader(), RegistryServiceImpl.MIGRATIONS);
    }

    /** The registry with a first start's seed written, as the component has it a moment after registering it. */
    static RegistryServiceImpl open(Database database, UserContext user, AuditLog audit) throws Exception {
        RegistryServiceImpl registry = new RegistryServiceImpl(database, migrations(), user, audit, CLOCK, message -> { });
        registry.finishSeed(message -> { });
        return registry;
    }
}
