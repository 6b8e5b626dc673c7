package it.anci.welfare.catalogue;

/** A region of the catalogue map: its shape, its number of matching practices and its shade (0 = none, 1-5). */
public record MapRegion(String name, String path, long count, int shade, String url, boolean selected) {

}
