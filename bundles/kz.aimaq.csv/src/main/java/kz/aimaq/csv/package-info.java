/**
 * Reading and writing CSV the one way Aimaq does: strict UTF-8 input with located problems,
 * output in the user's locale's convention.
 */
@Export
@Version("1.1.0")
package kz.aimaq.csv;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
