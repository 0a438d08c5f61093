package kz.aimaq.registry.internal;

import kz.aimaq.storage.testing.TestDatabase;

class ReformHistoryH2Test extends ReformHistoryContract {

    @Override
    TestDatabase open() {
        return TestDatabase.h2();
    }
}
