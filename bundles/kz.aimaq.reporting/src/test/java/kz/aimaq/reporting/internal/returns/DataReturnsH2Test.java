package kz.aimaq.reporting.internal.returns;

import kz.aimaq.storage.testing.TestDatabase;

class DataReturnsH2Test extends DataReturnsContract {

    @Override
    TestDatabase open() {
        return TestDatabase.h2();
    }
}
