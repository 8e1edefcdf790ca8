package org.zhsearch.search;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * The script a prefix is typed in, so completions come back in it: the index folds traditional to simplified, and a
 * completion taken from a simplified paragraph would answer 軟體 with 软体…. Characters the same in both scripts
 * (and Latin letters, pinyin) say nothing: such a prefix keeps completions as the paragraphs write them.
 */
enum TypedScript {
    TRADITIONAL,
    SIMPLIFIED,
    EITHER;

    static TypedScript of(String prefix) {
        if (!ZhConverterUtil.toSimple(prefix).equals(prefix)) {
            return TRADITIONAL;
        }
        return ZhConverterUtil.toTraditional(prefix).equals(prefix) ? EITHER : SIMPLIFIED;
    }

    /** {@code completion} in this script (per character, as opencc4j converts it). */
    String write(String completion) {
        return switch (this) {
            case TRADITIONAL -> ZhConverterUtil.toTraditional(completion);
            case SIMPLIFIED -> ZhConverterUtil.toSimple(completion);
            case EITHER -> completion;
        };
    }
}
