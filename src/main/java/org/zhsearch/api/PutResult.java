package org.zhsearch.api;

/**
 * What became of one article of a batch write ({@code ZhSearch.putAll}): added, replaced, or refused with the reason.
 * An article is written whole or not at all; a refused one leaves what the index had under its id unchanged.
 *
 * @param id      the article's id as given ({@code null} when it had none)
 * @param status  {@link Status#CREATED}, {@link Status#REPLACED} or {@link Status#ERROR}
 * @param error   why it was refused, or {@code null}; {@link ErrorCode#code()} is the wire name
 * @param message what to do about it, or {@code null}
 */
public record PutResult(String id, Status status, ErrorCode error, String message) {
    /** What became of an article; the HTTP answer uses the lower-case names. */
    public enum Status {
        /** No article had its id before. */
        CREATED,
        /** It replaced the article with its id. */
        REPLACED,
        /** Refused; nothing of it was written. */
        ERROR;

        /** The wire name: {@code created}, {@code replaced} or {@code error}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A written article: {@code created} true when no article had its id. */
    public static PutResult written(String id, boolean created) {
        return new PutResult(id, created ? Status.CREATED : Status.REPLACED, null, null);
    }

    /** A refused article, with the error that says why. */
    public static PutResult failed(String id, ZhsearchException why) {
        return new PutResult(id, Status.ERROR, why.errorCode(), why.getMessage());
    }

    /** True when the article was written. */
    public boolean ok() {
        return status != Status.ERROR;
    }
}
