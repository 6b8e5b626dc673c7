package it.anci.welfare.catalogue;

/**
 * One value of a filter: what the URL carries ({@code value}), the code stored on the
 * card, the label shown, and an optional group heading (the macro-level of a service
 * area, the region of a province).
 */
public record FilterOption(String value, String code, String label, String group) {

}
