package kz.aimaq.storage.internal.migration;

import kz.aimaq.storage.testing.TestDatabase;

class MigrationRunnerPostgresTest extends MigrationRunnerContract {

    @Override
    TestDatabase open() {
        return TestDatabase.postgres();
    }
}
