package org.zhsearch.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.query.QueryNode;

/**
 * Query-tree rewrites done once above the engines: synonym and regional-variant alternatives ({@code 軟體} OR
 * {@code 软件}) spelled out as {@code Or} clauses, and the
 * terms a match may contain. (A term with nothing to search for is refused by the engine's mapper, through
 * {@link Analysis#requireRecallPhrase}.)
 */
final class Synonyms {
    private Synonyms() {}

    /**
     * {@code node} with every term and phrase that the synonyms file rewrites replaced by {@code Or(itself,
     * alternative…)}: {@code 新冠} becomes {@code 新冠 OR 新型冠状病毒}, each a complete exact-substring leaf.
     * Alternatives with nothing searchable are left out.
     */
    static QueryNode expand(QueryNode node, Analysis analysis) {
        return switch (node) {
            case QueryNode.Term t -> withAlternatives(t, t.text(), analysis);
            case QueryNode.Phrase p -> withAlternatives(p, p.text(), analysis);
            case QueryNode.And and ->
                new QueryNode.And(expandAll(and.clauses(), analysis), expandAll(and.excluded(), analysis));
            case QueryNode.Or or -> new QueryNode.Or(expandAll(or.clauses(), analysis));
            case QueryNode.Pinyin pinyin -> pinyin;
        };
    }

    private static List<QueryNode> expandAll(List<QueryNode> nodes, Analysis analysis) {
        return nodes.stream().map(n -> expand(n, analysis)).toList();
    }

    private static QueryNode withAlternatives(QueryNode leaf, String text, Analysis analysis) {
        List<QueryNode> any = new ArrayList<>();
        any.add(leaf);
        for (String alternative : analysis.synonymsOf(text)) {
            if (analysis.isSearchable(alternative)) {
                any.add(new QueryNode.Term(alternative));
            }
        }
        for (String variant : searchableVariants(text, analysis)) {
            any.add(new QueryNode.Term(variant));
        }
        return any.size() == 1 ? leaf : new QueryNode.Or(any);
    }

    private static List<String> searchableVariants(String text, Analysis analysis) {
        return analysis.variantsOf(text).stream().filter(analysis::isSearchable).toList();
    }

    /**
     * The regional variants ({@link Analysis#variantsOf}) of the query's positive terms that occur in one of
     * {@code texts} (the hits returned), term as typed → those variants; {@code null} when none does, so a result
     * looks as before unless a variant was actually used.
     */
    static Map<String, List<String>> variantsFound(QueryNode tree, Analysis analysis, List<String> texts) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> normalized = null;
        for (String term : positiveTerms(tree)) {
            List<String> found = new ArrayList<>();
            for (String variant : searchableVariants(term, analysis)) {
                if (normalized == null) {
                    normalized = texts.stream().map(analysis::normalize).toList();
                }
                String norm = analysis.normalize(variant);
                if (normalized.stream().anyMatch(t -> t.contains(norm))) {
                    found.add(variant);
                }
            }
            if (!found.isEmpty()) {
                out.put(term, found);
            }
        }
        return out.isEmpty() ? null : out;
    }

    /** The texts of the terms and phrases a match may contain (those under NOT excluded). */
    static List<String> positiveTerms(QueryNode node) {
        List<String> out = new ArrayList<>();
        switch (node) {
            case QueryNode.Term t -> out.add(t.text());
            case QueryNode.Phrase p -> out.add(p.text());
            case QueryNode.And and -> and.clauses().forEach(c -> out.addAll(positiveTerms(c)));
            case QueryNode.Or or -> or.clauses().forEach(c -> out.addAll(positiveTerms(c)));
            case QueryNode.Pinyin pinyin -> {}
        }
        return out;
    }
}
