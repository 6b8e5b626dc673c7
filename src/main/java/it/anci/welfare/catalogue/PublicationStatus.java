package it.anci.welfare.catalogue;

/** Only published cards are visible to the public. */
public enum PublicationStatus {

	DRAFT, PUBLISHED

}
