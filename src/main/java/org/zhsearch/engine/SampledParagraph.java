package org.zhsearch.engine;

/** A paragraph's text and its article's title ({@code null} when none), as suggestions read them. */
public record SampledParagraph(String text, String title) {}
