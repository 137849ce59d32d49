/**
 * How requests use the database when it is slow: on PostgreSQL every transaction a web request opens gives up
 * after a lock timeout and a statement timeout ({@code motcua.database.*}), so a lock held on a hot table or a
 * runaway query answers 503 (see {@link vn.motcua.problem.DatabaseUnavailable}) instead of piling requests up until
 * the connection pool is empty. Start-up (migrations, deployments) and the engine's jobs keep waiting as long as
 * they need. Its one API type, {@link vn.motcua.database.DatabaseProduct}, tells the modules whose SQL differs
 * between PostgreSQL and the embedded H2 which of the two they run on.
 */
package vn.motcua.database;
