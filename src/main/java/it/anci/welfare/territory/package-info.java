/**
 * Italian territory from ISTAT: regions, provinces and the 7,904 comuni of 1 January 2020
 * with their population and size class, and the lookup of a comune by code or name.
 */
package it.anci.welfare.territory;
