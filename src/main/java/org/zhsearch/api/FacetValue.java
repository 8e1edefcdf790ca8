package org.zhsearch.api;

/**
 * One value of a facet and how many matches have it: paragraphs, or articles when the search is grouped by article.
 *
 * @param value the source, year (e.g. {@code 2024}) or publication
 * @param count exact number of matching paragraphs (articles when grouped) with this value
 */
public record FacetValue(String value, long count) {}
