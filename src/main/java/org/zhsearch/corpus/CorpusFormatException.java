package org.zhsearch.corpus;

import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;

/**
 * A JSON article is not valid: bad JSON, not an object, no {@code "paragraphs"} array, or a field of the wrong type.
 * The message says what is wrong and what is expected. Its {@link #code()} is {@code invalid_article}.
 */
public class CorpusFormatException extends ZhsearchException {
    public CorpusFormatException(String message) {
        super(ErrorCode.INVALID_ARTICLE, message);
    }
}
