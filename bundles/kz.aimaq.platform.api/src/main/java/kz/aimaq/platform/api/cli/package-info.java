/** Headless commands: {@code aimaq --headless <command> ...}. */
@Export
@Version("1.0.0")
package kz.aimaq.platform.api.cli;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
