/**
 * UI contribution contracts of the workbench shell. Any bundle, ours or a vendor's,
 * registers views, perspectives and commands as whiteboard services; the shell builds its
 * menus, toolbar and view stacks from their service properties and follows them as bundles
 * come and go.
 */
@Export
@Version("1.2.0")
package kz.aimaq.workbench.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
