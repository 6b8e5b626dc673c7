package it.anci.welfare.catalogue;

/**
 * An entry of a managed list: a stable code, its name, and (for service areas) its
 * macro-level.
 */
public record TaxonomyTerm(String code, String name, String parentCode) {

}
