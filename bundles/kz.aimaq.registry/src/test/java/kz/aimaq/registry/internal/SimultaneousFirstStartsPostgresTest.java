package kz.aimaq.registry.internal;

import kz.aimaq.storage.testing.TestDatabase;

class SimultaneousFirstStartsPostgresTest extends SimultaneousFirstStartsContract {

    @Override
    TestDatabase open() {
        return TestDatabase.postgres();
    }
}
