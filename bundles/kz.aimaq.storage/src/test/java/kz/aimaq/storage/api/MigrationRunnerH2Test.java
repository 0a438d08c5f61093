package kz.aimaq.storage.api;

import kz.aimaq.storage.testing.TestDatabase;

class MigrationRunnerH2Test extends MigrationRunnerContract {

    @Override
    TestDatabase open() {
        return TestDatabase.h2();
    }
}
