package it.anci.welfare.catalogue;

/**
 * A region of the catalogue map: the id of its shape in
 * {@code static/img/italy-regions.svg} (drawn with {@code <use>}), its number of matching
 * practices and its shade (0 = none, 1-5).
 */
public record MapRegion(String name, String mapId, long count, int shade, String url, boolean selected) {

}
