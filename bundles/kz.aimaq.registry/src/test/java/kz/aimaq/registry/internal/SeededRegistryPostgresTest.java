package kz.aimaq.registry.internal;

import kz.aimaq.storage.testing.TestDatabase;

class SeededRegistryPostgresTest extends SeededRegistryContract {

    @Override
    TestDatabase open() {
        return TestDatabase.postgres();
    }
}
