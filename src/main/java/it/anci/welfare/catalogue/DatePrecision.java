package it.anci.welfare.catalogue;

/** How much of a date its source gives: the day, only the month, or only the year. */
public enum DatePrecision {

	DAY, MONTH, YEAR

}
