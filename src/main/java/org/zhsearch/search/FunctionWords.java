package org.zhsearch.search;

import java.util.Set;

/**
 * Words a suggestion never runs on into nor ends in: conjunctions, particles, prepositions, pronouns and the like.
 * Sampled paragraphs put them right after almost any word (防火墙或者, 备份整个, 软体并且, 备份的), so a completion
 * that takes the next word along would mostly offer such run-ons; nobody types them to search. A small list of our
 * own, chosen from what runs on in the dev corpus, not a general stop list: whole words that are content (安装,
 * 文件) must stay completable.
 */
final class FunctionWords {
    private static final Set<String> WORDS = Set.of(
            "的", "了", "和", "与", "及", "或", "在", "是", "将", "把", "被", "对", "从", "向", "为", "以", "由", "于", "给", "让", "使",
            "也", "都", "就", "又", "还", "而", "并", "但", "则", "即", "如", "若", "所", "之", "其", "这", "那", "该", "此", "每", "各",
            "个", "中", "上", "下", "时", "后", "前", "里", "等", "着", "过", "吗", "呢", "吧", "啊", "或者", "以及", "并且", "而且", "但是",
            "然后", "如果", "因为", "所以", "可以", "可能", "需要", "应该", "必须", "能够", "整个", "所有", "一些", "这个", "那个", "这些", "那些", "我们",
            "你们", "他们", "它们", "以便", "以后", "之后", "之前", "之间", "其中", "其他", "不会", "不能", "无法", "不要", "没有", "已经", "通过", "进行",
            "对于", "关于", "或是", "还是", "就是", "只是", "同时", "一个", "一种");

    private FunctionWords() {}

    /** Whether {@code word} (a normalised term of the words field) is a function word. */
    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
