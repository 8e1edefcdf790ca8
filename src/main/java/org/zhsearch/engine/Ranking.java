package org.zhsearch.engine;

/**
 * The ranking weights, placed in the one {@link RankingPlan} every engine translates, so every engine ranks alike.
 * Tuned on the dev part of the judged set (README "Relevance"); {@code RankingPlanner} says where each applies.
 */
public final class Ranking {
    /** Boost of the optional words phrase beside the exact recall clause of a term. */
    public static final float WORDS_BOOST = 1.0f;
    /** Constant score of a real heading. */
    public static final float HEADING_BONUS = 3.0f;
    /** Constant score of body text. */
    public static final float BODY_BONUS = 2.0f;
    /** Constant score of a list item. */
    public static final float LIST_BONUS = 1.0f;
    /** Weight of the saturated length prior {@code W · L / (L + pivot)}. */
    public static final float LENGTH_WEIGHT = 9.0f;

    public static final float LENGTH_PIVOT = 40f;
    /** Constant score per query term whose words are all in the title (times its weight in a declared text field). */
    public static final float TITLE_BONUS = 1.5f;
    /** Per relaxed word a related paragraph contains: dominates, so more words always rank first. */
    public static final float WORD_BONUS = 20f;
    /** For all relaxed words close together, in order, within {@link #PROXIMITY_SLOP} positions. */
    public static final float PROXIMITY_BONUS = 4f;

    public static final int PROXIMITY_SLOP = 6;

    /**
     * Weight of a pinyin match's BM25 (a phrase of the words it spells on the words field). Chosen by agreement with
     * the same words typed in characters when pinyin was indexed per character (0.651 at 4 — 0.343 at 0.5, 0.631 at
     * 2, 0.556 at 8); re-checked on words phrases with {@link #FREQUENT_RUN_BONUS} (README "Pinyin": 0.492 and
     * 0.549 on the two halves of the test words), where the frequency bonus, not this weight, orders the words.
     */
    public static final float PINYIN_WEIGHT = 4f;
    /**
     * For a pinyin match of the k-th most frequent word run the letters spell (k from 0), {@code FREQUENT_RUN_BONUS
     * / (k + 1)}: typed initials mostly mean the common word ({@code bf}: 部分, 备份 before 被复 or 表符), while BM25
     * alone ranks the rarest word first (its IDF is highest). Halving from the first to the second run outweighs
     * the role and most of the length prior, so the order of words holds and the priors order each word's
     * paragraphs (README "Pinyin", the bench PinyinPrecision).
     */
    public static final float FREQUENT_RUN_BONUS = 40f;
    /**
     * For a Latin word matched as written when its pinyin reading is searched beside it ({@code cd}): above any
     * pinyin-only match (whose weighted BM25 stays far below it), as {@link #WORD_BONUS} is above any BM25
     * difference.
     */
    public static final float LITERAL_BONUS = 100f;

    private Ranking() {}

    /**
     * BM25 k1 and b of the recall field (both engines; the others keep 1.2 and 0.75). When that field held unigrams
     * and bigrams its average length (all its terms) was about twice a paragraph's own length (its positions: stacked
     * terms do not count), which softened length normalisation, and the weights above were tuned with that. With one
     * term per character both lengths agree; these give the same scores as 1.2 and 0.75 over the doubled average:
     * k1'(1 − b') = 1.2 · 0.25 and k1'b' = 1.2 · 0.75 / 2.
     */
    public static final float RECALL_K1 = 0.75f;

    public static final float RECALL_B = 0.6f;

    /**
     * What a lone CJK character held by {@code holding} of {@code paragraphs} paragraphs scores where a related
     * paragraph holds it: its recall BM25 for one occurrence in a paragraph of average length, {@code idf / (1 + k1)},
     * counted for both of a word's fields ({@code 1 + WORDS_BOOST} times; {@link RelatedQuery#characterScores()}).
     * Its recall terms are many (the bigrams it starts), so no engine scores them as one term; this gives a rare
     * character the weight a unigram field gave it, the same on both engines. Both fields, because a longer word
     * scores its recall and its words BM25 while a character inside a word (亮 in 亮度) has no words term: counted
     * once, a rare character held alone fell below paragraphs that hold a commoner word and are longer (GIMP set,
     * dev part: 怎样把照片调亮, README "Relevance").
     */
    public static float oneOccurrence(long holding, long paragraphs) {
        double idf = Math.log(1 + (paragraphs - holding + 0.5) / (holding + 0.5));
        return (float) (idf / (1 + RECALL_K1) * (1 + WORDS_BOOST));
    }
}
