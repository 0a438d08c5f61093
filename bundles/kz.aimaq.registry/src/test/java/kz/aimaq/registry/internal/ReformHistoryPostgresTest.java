package kz.aimaq.registry.internal;

import kz.aimaq.storage.testing.TestDatabase;

class ReformHistoryPostgresTest extends ReformHistoryContract {

    @Override
    TestDatabase open() {
        return TestDatabase.postgres();
    }
}
