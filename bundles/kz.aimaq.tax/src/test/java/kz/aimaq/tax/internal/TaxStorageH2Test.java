package kz.aimaq.tax.internal;

import kz.aimaq.storage.testing.TestDatabase;

class TaxStorageH2Test extends TaxStorageContract {

    @Override
    TestDatabase open() {
        return TestDatabase.h2();
    }
}
