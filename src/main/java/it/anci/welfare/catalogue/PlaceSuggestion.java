package it.anci.welfare.catalogue;

/**
 * A territory whose name the user typed, offered as the way to see its cards: "Provincia
 * di Perugia".
 *
 * @param messageKey the phrase in i18n/catalogue ("Provincia di {0}")
 * @param name the place's name, as ISTAT writes it
 */
public record PlaceSuggestion(String messageKey, String name, String url) {
}
