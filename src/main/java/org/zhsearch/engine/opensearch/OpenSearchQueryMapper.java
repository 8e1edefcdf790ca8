package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.analysis.Precut;
import org.zhsearch.api.FieldType;
import org.zhsearch.engine.EngineQuery;
import org.zhsearch.engine.Filters;
import org.zhsearch.engine.PlanNode;
import org.zhsearch.engine.RankingPlan;
import org.zhsearch.engine.RelatedQuery;
import org.zhsearch.schema.FieldCondition;
import org.zhsearch.schema.Fields;

/**
 * Translates a {@link RankingPlan} into OpenSearch's query DSL, node for node — the only place that knows how a plan
 * becomes OpenSearch JSON. What is matched, what scores and every weight are the plan's ({@code
 * engine.RankingPlanner}, shared with the embedded engine); this class decides nothing. Phrases are sent pre-cut
 * ({@code match_phrase} with the whitespace analyzer {@link IndexSchema#PRECUT}, gaps kept), so the cluster builds
 * exactly the phrase our analysis gives; a yes/no field is an OpenSearch boolean.
 */
final class OpenSearchQueryMapper {

    private OpenSearchQueryMapper() {}

    /** A query's scored and match-only forms. */
    record Mapped(ObjectNode scored, ObjectNode matchOnly) {}

    static Mapped map(EngineQuery query, Filters filters) {
        return map(RankingPlan.of(query), filters);
    }

    static Mapped map(RelatedQuery query, Filters filters) {
        return map(RankingPlan.of(query), filters);
    }

    static Mapped map(RankingPlan plan, Filters filters) {
        return new Mapped(filtered(toJson(plan.scored()), filters), filtered(toJson(plan.matchOnly()), filters));
    }

    /** One plan node as OpenSearch query JSON. */
    static ObjectNode toJson(PlanNode node) {
        return switch (node) {
            case PlanNode.Bool b -> {
                ObjectNode q = bool();
                for (PlanNode.Clause c : b.clauses()) {
                    q.with("bool").withArray(occur(c.occur())).add(toJson(c.node()));
                }
                if (b.minimumShouldMatch() > 0) {
                    q.with("bool").put("minimum_should_match", b.minimumShouldMatch());
                }
                yield q;
            }
            case PlanNode.Phrase p -> phrase(p.field(), p.units(), p.slop());
            case PlanNode.StartsWith s -> constant(startsWith(s), 1.0f);
            case PlanNode.Term t -> term(t.field(), t.value());
            case PlanNode.Flag f -> term(f.field(), true);
            case PlanNode.Constant c -> constant(toJson(c.filter()), c.score());
            // OpenSearch documents repeat the article's fields on every paragraph: the filter itself is the join
            case PlanNode.InArticle a -> toJson(a.filterOnFirstParagraph());
            case PlanNode.Boost b -> boosted(toJson(b.query()), b.boost());
            case PlanNode.Saturation s -> {
                ObjectNode q = Cluster.JSON.createObjectNode();
                q.putObject("rank_feature")
                        .put("field", s.feature())
                        .put("boost", s.weight())
                        .putObject("saturation")
                        .put("pivot", s.pivot());
                yield q;
            }
        };
    }

    private static String occur(PlanNode.Occur occur) {
        return switch (occur) {
            case MUST -> "must";
            case SHOULD -> "should";
            case FILTER -> "filter";
            case MUST_NOT -> "must_not";
        };
    }

    /** A term query for one unit, else a phrase of the units at their positions (the first at 0). */
    private static ObjectNode phrase(String field, List<Analysis.Unit> units, int slop) {
        ObjectNode q = Cluster.JSON.createObjectNode();
        if (units.size() == 1) {
            q.putObject("term").putObject(field).put("value", units.getFirst().term());
            return q;
        }
        ObjectNode body = q.putObject("match_phrase").putObject(field);
        body.put("query", Precut.join(units, units.getFirst().position())).put("analyzer", IndexSchema.PRECUT);
        if (slop > 0) {
            body.put("slop", slop);
        }
        return q;
    }

    /**
     * A {@link PlanNode.StartsWith}: a prefix alone is a {@code prefix} query (constant-score rewrite: no clause
     * limit); otherwise a phrase pre-cut with alternatives ({@link IndexSchema#ALTERNATIVES}), its open last position
     * a {@code match_phrase_prefix} expanded to every term that begins with the prefix ({@link #ALL_TERMS}).
     */
    private static ObjectNode startsWith(PlanNode.StartsWith s) {
        ObjectNode q = Cluster.JSON.createObjectNode();
        if (s.units().isEmpty()) {
            q.putObject("prefix").putObject(s.field()).put("value", s.prefix().term());
            return q;
        }
        java.util.TreeMap<Integer, String> byPosition = new java.util.TreeMap<>();
        for (Analysis.Unit u : s.units()) {
            byPosition.merge(u.position(), u.term(), (a, b) -> a + IndexSchema.OR + b);
        }
        if (s.prefix() != null) {
            byPosition.put(s.prefix().position(), s.prefix().term());
        }
        List<Analysis.Unit> grouped = byPosition.entrySet().stream()
                .map(e -> new Analysis.Unit(e.getValue(), e.getKey()))
                .toList();
        ObjectNode body = q.putObject(s.prefix() == null ? "match_phrase" : "match_phrase_prefix")
                .putObject(s.field());
        body.put("query", Precut.join(grouped, grouped.getFirst().position()))
                .put("analyzer", IndexSchema.ALTERNATIVES);
        if (s.prefix() != null) {
            body.put("max_expansions", ALL_TERMS);
        }
        return q;
    }

    /**
     * More terms than can begin with one character (one bigram per character that may follow it), so a phrase's open
     * position is expanded to all of them: fewer would lose matches.
     */
    private static final int ALL_TERMS = 1_000_000;

    private static ObjectNode filtered(ObjectNode query, Filters f) {
        if (f.isEmpty()) {
            return query;
        }
        ObjectNode b = bool();
        must(b, query);
        ArrayNode filter = b.with("bool").withArray("filter");
        if (f.from() != null || f.to() != null) {
            ObjectNode range = Cluster.JSON.createObjectNode();
            ObjectNode day = range.putObject("range").putObject(Fields.DAY);
            if (f.from() != null) {
                day.put("gte", f.from().toEpochDay());
            }
            if (f.to() != null) {
                day.put("lte", f.to().toEpochDay());
            }
            filter.add(range);
        }
        if (f.source() != null) {
            filter.add(term(Fields.SOURCE, f.source()));
        }
        if (f.publication() != null) {
            filter.add(term(Fields.PUBLICATION, f.publication()));
        }
        f.fields().forEach(c -> filter.add(condition(c)));
        return b;
    }

    /** A declared-field condition: a bool of SHOULD terms and ranges (dates as {@code yyyy-MM-dd}). */
    private static ObjectNode condition(FieldCondition c) {
        ObjectNode q = bool();
        ArrayNode should = q.with("bool").withArray("should");
        q.with("bool").put("minimum_should_match", 1);
        c.values().forEach(v -> should.add(term(c.indexField(), v)));
        for (FieldCondition.Range r : c.ranges()) {
            ObjectNode range = should.addObject().putObject("range").putObject(c.indexField());
            boolean date = c.field().type() == FieldType.DATE;
            if (r.from() != null) {
                range.set("gte", bound(date, r.from()));
            }
            if (r.to() != null) {
                range.set("lte", bound(date, r.to()));
            }
        }
        return q;
    }

    private static com.fasterxml.jackson.databind.JsonNode bound(boolean date, double v) {
        return date
                ? Cluster.JSON
                        .getNodeFactory()
                        .textNode(java.time.LocalDate.ofEpochDay((long) v).toString())
                : Cluster.JSON.getNodeFactory().numberNode(v);
    }

    static ObjectNode term(String field, Object value) {
        ObjectNode q = Cluster.JSON.createObjectNode();
        ObjectNode t = q.putObject("term").putObject(field);
        if (value instanceof Boolean v) {
            t.put("value", v);
        } else {
            t.put("value", value.toString());
        }
        return q;
    }

    private static ObjectNode constant(ObjectNode filter, float boost) {
        ObjectNode q = Cluster.JSON.createObjectNode();
        q.putObject("constant_score").put("boost", boost).set("filter", filter);
        return q;
    }

    private static ObjectNode boosted(ObjectNode query, float boost) {
        if (boost == 1.0f) {
            return query;
        }
        ObjectNode b = bool();
        must(b, query);
        b.with("bool").put("boost", boost);
        return b;
    }

    private static ObjectNode bool() {
        ObjectNode q = Cluster.JSON.createObjectNode();
        q.putObject("bool");
        return q;
    }

    private static void must(ObjectNode bool, ObjectNode clause) {
        bool.with("bool").withArray("must").add(clause);
    }
}
