package kz.aimaq.storage.api;

import kz.aimaq.storage.testing.TestDatabase;

class DatabaseLockH2Test extends DatabaseLockContract {

    @Override
    TestDatabase open() {
        return TestDatabase.h2();
    }
}
