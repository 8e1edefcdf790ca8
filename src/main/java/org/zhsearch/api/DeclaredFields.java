package org.zhsearch.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The fields declared in the configuration, and the one check of an article's {@code "fields"} values against
 * them ({@link #check}) used by the API (a bad value is refused) and by builds (a bad value is dropped and reported).
 *
 * @param fields          the declared fields, in configuration order, names unique
 * @param storeUndeclared {@code fields.undeclared = store}: values of undeclared names are kept and shown in the
 *                        article view but never searched; otherwise they are refused
 */
public record DeclaredFields(List<DeclaredField> fields, boolean storeUndeclared) {
    /** No declared fields; undeclared values refused. */
    public static final DeclaredFields NONE = new DeclaredFields(List.of(), false);
    /** Most fields one configuration declares. */
    public static final int MAX_FIELDS = 64;
    /** Most values of one {@link FieldType#KEYWORDS} field of one article (a 1,000-tag list is refused). */
    public static final int MAX_VALUES = 100;
    /** Longest keyword value: longer ones are no one's filter. */
    public static final int MAX_KEYWORD_CHARS = 1000;
    /** Longest {@link FieldType#TEXT} value. */
    public static final int MAX_TEXT_CHARS = 10_000;
    /** Most undeclared names one article may store with {@code fields.undeclared = store}. */
    public static final int MAX_UNDECLARED = 32;

    public DeclaredFields {
        fields = List.copyOf(fields);
        if (fields.size() > MAX_FIELDS) {
            throw new InvalidRequestException(
                    "at most " + MAX_FIELDS + " fields may be declared, got " + fields.size());
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (DeclaredField f : fields) {
            if (!seen.add(f.name())) {
                throw new InvalidRequestException("field " + f.name() + " is declared twice; declare it once");
            }
        }
    }

    /** The declared field {@code name}, or {@code null}. */
    public DeclaredField get(String name) {
        for (DeclaredField f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /**
     * The declared field {@code name} if it allows {@code use}; else an {@link InvalidRequestException} naming it
     * and what is declared.
     */
    public DeclaredField require(String name, DeclaredField.Use use) {
        DeclaredField f = get(name);
        if (f == null || !f.allows(use)) {
            List<String> allowed = fields.stream()
                    .filter(d -> d.allows(use))
                    .map(DeclaredField::name)
                    .toList();
            String declared = allowed.isEmpty() ? "" : String.join(", ", allowed);
            String got = ", got '" + UserInput.abbreviate(name) + "'"
                    + (f == null ? "" : " (declared without " + use.label() + " in fields." + name + ".use)");
            throw new InvalidRequestException(switch (use) {
                        case SORT ->
                            "sort must be relevance, date or -date"
                                    + (declared.isEmpty()
                                            ? ""
                                            : " or a sortable field (-name descending): " + declared);
                        case FACET ->
                            "facets must name source, year or publication"
                                    + (declared.isEmpty() ? "" : " or a facetable field: " + declared);
                        default ->
                            "filter." + UserInput.abbreviate(name) + " names no field to " + use.label()
                                    + " by; declared: " + (declared.isEmpty() ? "none" : declared);
                    }
                    + got);
        }
        return f;
    }

    /** {@code name → type label} of every declared field, as recorded in an index to detect a type change. */
    public Map<String, String> types() {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach(f -> out.put(f.name(), f.type().label()));
        return out;
    }

    /** The names and types as an index records them: {@code author:keyword,tags:keywords}. */
    public String typesRecord() {
        List<String> parts = new ArrayList<>();
        fields.forEach(f -> parts.add(f.name() + ":" + f.type().label()));
        return String.join(",", parts);
    }

    /**
     * Why an index that recorded {@code recorded} ({@link #typesRecord()}; {@code null} for an index built before
     * declared fields) cannot be used with these fields — one was built as another type, so its values are indexed
     * as that type — or {@code null} when it can (fields added or dropped need no rebuild).
     */
    public String typeChange(String recorded) {
        if (recorded == null || recorded.isEmpty()) {
            return null;
        }
        for (String part : recorded.split(",")) {
            int colon = part.indexOf(':');
            String name = part.substring(0, Math.max(0, colon));
            DeclaredField now = get(name);
            String then = part.substring(colon + 1);
            if (now != null && !now.type().label().equals(then)) {
                return "field " + name + " is declared " + now.type().label() + " but the index was built with it as "
                        + then + ": rebuild the index (zhsearch index) to change its type, or declare it " + then
                        + " again";
            }
        }
        return null;
    }

    /**
     * The values of {@code raw} (JSON-like: strings, numbers, booleans, lists of them) checked and normalised:
     * keyword → trimmed string, keywords → list of distinct strings, date → {@code yyyy-MM-dd}, number → a
     * {@code Long} (whole) or {@code Double}, text → string; {@code null} values dropped. With {@code strict}, the
     * first bad value throws an {@link InvalidRequestException} naming the field; otherwise each bad value is dropped
     * and told to {@code problems} and the rest kept.
     */
    public Map<String, Object> check(Map<String, ?> raw, boolean strict, Consumer<String> problems) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        List<String> unknown = new ArrayList<>();
        int undeclared = 0;
        for (Map.Entry<String, ?> e : raw.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            DeclaredField f = get(e.getKey());
            try {
                if (f == null && !storeUndeclared) {
                    unknown.add(UserInput.abbreviate(e.getKey()));
                    continue;
                }
                if (f == null && ++undeclared > MAX_UNDECLARED) {
                    throw new InvalidRequestException("more than " + MAX_UNDECLARED + " undeclared fields");
                }
                out.put(e.getKey(), f == null ? FieldValues.undeclared(e.getValue()) : FieldValues.of(f, e.getValue()));
            } catch (InvalidRequestException bad) {
                String message = "field " + UserInput.abbreviate(e.getKey()) + ": " + bad.getMessage();
                if (strict) {
                    throw new InvalidRequestException(message);
                }
                problems.accept("kept without " + message);
            }
        }
        if (!unknown.isEmpty()) {
            String message = "undeclared field" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                    + ": declare " + (unknown.size() == 1 ? "it" : "them") + " (fields.<name>.type) or set "
                    + "fields.undeclared = store";
            if (strict) {
                throw new InvalidRequestException(message);
            }
            problems.accept("kept without " + message);
        }
        return out;
    }
}
