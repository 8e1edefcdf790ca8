package org.zhsearch.schema;

/**
 * How the terms of a {@link FieldKind#TEXT} or {@link FieldKind#TERMS} field are cut. Both engines cut in our Java
 * code ({@code analysis.Analysis}), so they index identical terms: the embedded engine through its per-field
 * analyzer, the OpenSearch engine by sending pre-cut text to a whitespace analyzer.
 */
public enum TextAnalysis {
    /** SmartChinese words (user dictionary merged), stop words leaving a position gap. */
    WORDS,
    /** Normalised CJK unigrams and bigrams and Latin words: exact substring recall. */
    CHARS
}
