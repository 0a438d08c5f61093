package kz.aimaq.registry.internal;

import kz.aimaq.storage.testing.TestDatabase;

class RegistryChangesH2Test extends RegistryChangesContract {

    @Override
    TestDatabase open() {
        return TestDatabase.h2();
    }
}
