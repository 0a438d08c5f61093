package kz.aimaq.storage.api;

import kz.aimaq.storage.testing.TestDatabase;

class MigrationRunnerPostgresTest extends MigrationRunnerContract {

    @Override
    TestDatabase open() {
        return TestDatabase.postgres();
    }
}
