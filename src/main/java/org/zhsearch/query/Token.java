package org.zhsearch.query;

/** A lexical token of the query language. */
record Token(Kind kind, String text) {
    enum Kind {
        TERM,
        PHRASE,
        OR,
        AND,
        NOT,
        OPEN,
        CLOSE
    }
}
