/** Background jobs with progress and cancel, run off the UI thread. */
@Export
@Version("1.2.0")
package kz.aimaq.platform.api.jobs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
