package kz.aimaq.tax.internal;

import kz.aimaq.storage.testing.TestDatabase;

class TaxStoragePostgresTest extends TaxStorageContract {

    @Override
    TestDatabase open() {
        return TestDatabase.postgres();
    }
}
