/**
 * Platform contracts: who the user is and what their roles and scope let
 * them do, which modules exist and where they are enabled, and the hash-chained audit log of
 * every change and refusal.
 */
@Export
@Version("1.4.0")
package kz.aimaq.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
