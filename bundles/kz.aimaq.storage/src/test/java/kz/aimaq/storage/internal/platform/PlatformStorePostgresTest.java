package kz.aimaq.storage.internal.platform;

import kz.aimaq.storage.testing.TestDatabase;

class PlatformStorePostgresTest extends PlatformStoreContract {

    @Override
    TestDatabase open() {
        return TestDatabase.postgres();
    }
}
