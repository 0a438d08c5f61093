/**
 * The database every bundle shares: a {@link javax.sql.DataSource}, its SQL dialect, and
 * versioned per-owner schema migrations recorded in a history table.
 */
@Export
@Version("1.1.0")
package kz.aimaq.storage.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
