/**
 * The National Population Database (Cơ sở dữ liệu quốc gia về dân cư) as the dossier module sees it, through
 * {@link vn.motcua.dossier.PopulationRegistry}: a demo stand-in until the province connects the real database.
 */
package vn.motcua.population;
