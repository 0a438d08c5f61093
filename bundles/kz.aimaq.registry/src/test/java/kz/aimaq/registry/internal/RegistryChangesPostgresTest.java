package kz.aimaq.registry.internal;

import kz.aimaq.storage.testing.TestDatabase;

class RegistryChangesPostgresTest extends RegistryChangesContract {

    @Override
    TestDatabase open() {
        return TestDatabase.postgres();
    }
}
