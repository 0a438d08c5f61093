package kz.aimaq.storage.api;

import kz.aimaq.storage.testing.TestDatabase;

class DatabaseLockPostgresTest extends DatabaseLockContract {

    @Override
    TestDatabase open() {
        return TestDatabase.postgres();
    }
}
