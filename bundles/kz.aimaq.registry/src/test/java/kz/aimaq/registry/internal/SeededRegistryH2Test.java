package kz.aimaq.registry.internal;

import kz.aimaq.storage.testing.TestDatabase;

class SeededRegistryH2Test extends SeededRegistryContract {

    @Override
    TestDatabase open() {
        return TestDatabase.h2();
    }
}
