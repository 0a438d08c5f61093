/**
 * Small SWT helpers that views of every bundle use alike, so that status and error lines look
 * and behave the same in all of them.
 */
@Export
@Version("1.1.0")
package kz.aimaq.workbench.api.widgets;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
