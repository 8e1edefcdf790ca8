package org.zhsearch.config;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.FacetRange;
import org.zhsearch.api.FieldType;
import org.zhsearch.api.InvalidRequestException;
import org.zhsearch.config.SettingRules.Setting;

/**
 * The declared fields of the configuration: {@code fields.<name>.type|use|label|weight|top|ranges} (environment:
 * {@code ZHSEARCH_FIELDS_<NAME>_<KEY>}) and {@code fields.undeclared = refuse|store}. Keys are open-ended, so they
 * are recognised by shape here rather than listed in {@link ZhsearchConfig#KEYS}.
 */
final class FieldSettings {
    static final String PREFIX = "fields.";
    static final String UNDECLARED = "fields.undeclared";
    static final List<String> FIELD_KEYS = List.of("type", "use", "label", "weight", "top", "ranges");

    private FieldSettings() {}

    /** Whether {@code key} is a field setting: {@code fields.undeclared} or {@code fields.<name>.<key>}. */
    static boolean isFieldKey(String key) {
        if (key.equals(UNDECLARED)) {
            return true;
        }
        if (!key.startsWith(PREFIX)) {
            return false;
        }
        int dot = key.lastIndexOf('.');
        return dot > PREFIX.length() && FIELD_KEYS.contains(key.substring(dot + 1));
    }

    /**
     * The config key of a {@code ZHSEARCH_FIELDS_…} variable, or {@code null}: the last {@code _} part is the key,
     * the rest the field name in lower case ({@code ZHSEARCH_FIELDS_DOC_NO_TYPE} → {@code fields.doc_no.type}).
     */
    static String keyOfEnv(String envName) {
        String prefix = ZhsearchConfig.ENV_PREFIX + "FIELDS_";
        if (envName.equals(ZhsearchConfig.ENV_PREFIX + "FIELDS_UNDECLARED")) {
            return UNDECLARED;
        }
        if (!envName.startsWith(prefix)) {
            return null;
        }
        String rest = envName.substring(prefix.length());
        int cut = rest.lastIndexOf('_');
        if (cut < 1) {
            return null;
        }
        String key = rest.substring(cut + 1).toLowerCase(Locale.ROOT);
        return FIELD_KEYS.contains(key) ? PREFIX + rest.substring(0, cut).toLowerCase(Locale.ROOT) + "." + key : null;
    }

    static DeclaredFields resolve(Map<String, Setting> settings) {
        Map<String, Map<String, Setting>> byName = new LinkedHashMap<>();
        settings.forEach((key, setting) -> {
            if (!key.equals(UNDECLARED) && isFieldKey(key)) {
                int dot = key.lastIndexOf('.');
                byName.computeIfAbsent(key.substring(PREFIX.length(), dot), n -> new LinkedHashMap<>())
                        .put(key.substring(dot + 1), setting);
            }
        });
        List<DeclaredField> fields = new ArrayList<>();
        byName.forEach((name, keys) -> fields.add(field(name, keys)));
        Setting undeclared = settings.get(UNDECLARED);
        boolean store = SettingRules.oneOf(undeclared, "refuse", List.of("refuse", "store"))
                .equals("store");
        try {
            return new DeclaredFields(fields, store);
        } catch (InvalidRequestException e) {
            throw new ConfigException("invalid fields: " + e.getMessage());
        }
    }

    private static DeclaredField field(String name, Map<String, Setting> keys) {
        Setting any = keys.values().iterator().next();
        String problem = DeclaredField.nameProblem(name);
        if (problem != null) {
            throw SettingRules.bad(any, problem);
        }
        Setting typeSetting = keys.get("type");
        if (typeSetting == null || SettingRules.text(typeSetting).isEmpty()) {
            throw SettingRules.bad(
                    any,
                    "field " + name + " has no type: set fields." + name
                            + ".type = keyword, keywords, date, number or text");
        }
        FieldType type = FieldType.of(SettingRules.text(typeSetting));
        if (type == null) {
            throw SettingRules.bad(typeSetting, "the type must be keyword, keywords, date, number or text");
        }
        Set<DeclaredField.Use> uses = EnumSet.noneOf(DeclaredField.Use.class);
        Setting use = keys.get("use");
        for (String part : SettingRules.text(use).split(",")) {
            if (part.isBlank()) {
                continue;
            }
            DeclaredField.Use u = useOf(part.strip());
            if (u == null) {
                throw SettingRules.bad(use, "use lists any of filter, facet, sort, show");
            }
            if (!uses.add(u)) {
                throw SettingRules.bad(use, "use names " + part.strip() + " twice");
            }
        }
        Setting weight = keys.get("weight");
        float w = 1;
        if (weight != null && !SettingRules.text(weight).isEmpty()) {
            try {
                w = Float.parseFloat(SettingRules.text(weight));
            } catch (NumberFormatException e) {
                throw SettingRules.bad(weight, "the weight must be a number above 0, at most 100");
            }
        }
        int top = SettingRules.integer(keys.get("top"), org.zhsearch.api.Limits.FACET_VALUES, 1, DeclaredField.MAX_TOP);
        Setting rangeSetting = keys.get("ranges");
        List<FacetRange> ranges = List.of();
        if (rangeSetting != null && !SettingRules.text(rangeSetting).isEmpty()) {
            try {
                ranges = FacetRange.parse(type, SettingRules.text(rangeSetting));
            } catch (InvalidRequestException e) {
                throw SettingRules.bad(
                        rangeSetting,
                        e.getMessage() + " (from inclusive, to exclusive, comma-separated"
                                + " in order: ..2000,2000..2010,2010.. or ..2020-01-01,2020-01-01..)");
            }
        }
        try {
            return new DeclaredField(name, type, uses, SettingRules.optional(keys.get("label")), w, top, ranges);
        } catch (InvalidRequestException e) {
            throw SettingRules.bad(
                    rangeSetting != null && !ranges.isEmpty() ? rangeSetting : typeSetting, e.getMessage());
        }
    }

    private static DeclaredField.Use useOf(String label) {
        for (DeclaredField.Use u : DeclaredField.Use.values()) {
            if (u.label().equals(label.toLowerCase(Locale.ROOT))) {
                return u;
            }
        }
        return null;
    }
}
