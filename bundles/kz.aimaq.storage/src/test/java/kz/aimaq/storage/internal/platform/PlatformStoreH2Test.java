package kz.aimaq.storage.internal.platform;

import kz.aimaq.storage.testing.TestDatabase;

class PlatformStoreH2Test extends PlatformStoreContract {

    @Override
    TestDatabase open() {
        return TestDatabase.h2();
    }
}
