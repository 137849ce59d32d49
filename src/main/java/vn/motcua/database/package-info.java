/**
 * How requests use the database when it is slow: on PostgreSQL every transaction a web request opens gives up
 * after a lock timeout and a statement timeout ({@code motcua.database.*}), so a lock held on a hot table or a
 * runaway query answers 503 (see {@link vn.motcua.problem.DatabaseUnavailable}) instead of piling requests up until
 * the connection pool is empty. Start-up (migrations, deployments) and the engine's jobs keep waiting as long as
 * they need. No API: the module only configures the transaction manager.
 */
package vn.motcua.database;
