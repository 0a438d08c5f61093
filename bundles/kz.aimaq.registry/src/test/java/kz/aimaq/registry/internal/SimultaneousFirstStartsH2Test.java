package kz.aimaq.registry.internal;

import kz.aimaq.storage.testing.TestDatabase;

class SimultaneousFirstStartsH2Test extends SimultaneousFirstStartsContract {

    @Override
    TestDatabase open() {
        return TestDatabase.h2();
    }
}
