/**
 * The province's organisation as data: units (the provincial People's Committee and its departments, the service
 * centre and its branches, communes, vertical bodies' offices), their agency codes, the officers and their roles per
 * unit ({@link vn.motcua.organisation.Role}, {@link vn.motcua.organisation.UnitRole}). Other modules read it through
 * {@link vn.motcua.organisation.UnitDirectory} and {@link vn.motcua.organisation.OfficerDirectory}; administrators
 * change it through {@code /api/v1/admin/units} and {@code /api/v1/admin/officers} without a restart (each node
 * reloads within {@code motcua.organisation.refresh}).
 */
package vn.motcua.organisation;
