package org.hrcmonitor.index.search;

/** How many matches have one value of a facet (a country, a theme, a kind, a language, a year). */
public record FacetCount(String value, long count) {}
