package it.anci.welfare.territory;

/** A province or metropolitan city (ISTAT "unità territoriale sovracomunale"). */
public record Province(String code, String name, String slug, String carPlate, String regionCode) {

}
