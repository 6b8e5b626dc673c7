package it.anci.welfare.catalogue;

/**
 * A territory whose name the user typed, offered as the way to see its cards: "Provincia
 * di Perugia".
 */
public record PlaceSuggestion(String label, String url) {
}
