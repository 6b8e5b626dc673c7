/**
 * A card as a form types it ({@link CardInput}) and its checks beyond Bean Validation
 * ({@link CardChecks}): shared by the staff editor and by the proposals and imports of
 * the intake module, hence the named interface {@code editing}.
 */
@org.springframework.modulith.NamedInterface("editing")
package it.anci.welfare.catalogue.editing;
