package kz.aimaq.storage.internal.migration;

import kz.aimaq.storage.testing.TestDatabase;

class MigrationRunnerH2Test extends MigrationRunnerContract {

    @Override
    TestDatabase open() {
        return TestDatabase.h2();
    }
}
