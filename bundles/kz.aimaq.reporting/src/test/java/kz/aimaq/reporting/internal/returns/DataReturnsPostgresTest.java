package kz.aimaq.reporting.internal.returns;

import kz.aimaq.storage.testing.TestDatabase;

class DataReturnsPostgresTest extends DataReturnsContract {

    @Override
    TestDatabase open() {
        return TestDatabase.postgres();
    }
}
