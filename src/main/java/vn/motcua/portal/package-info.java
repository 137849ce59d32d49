/**
 * The public portal for citizens: the procedure catalog, online submission with the procedure's own Camunda Form,
 * the receipt, tracking and the service centres. The pages and their scripts are built by the Maven build from
 * {@code src/main/frontend} (npm); this package only gives them their addresses.
 */
package vn.motcua.portal;
