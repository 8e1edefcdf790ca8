package org.zhsearch.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.FieldType;
import org.zhsearch.schema.DeclaredValues;

/**
 * The declared fields ({@link DeclaredValues}) in Lucene's words, added to the paragraph documents of an article:
 * keyword(s): a {@link StringField} per value plus sorted-set doc values (filters, facets, sort); date: a
 * {@link LongPoint} of the epoch day plus sorted-numeric doc values; number: a {@link DoublePoint} plus
 * sorted-numeric doc values of its sortable bits; text: its words, presence only, in {@code fieldWords.<name>}
 * (cut before, analysed by {@link IndexAnalyzer} as the title's, first paragraph only); all values also stored as one
 * JSON object (first paragraph only). A value that does not
 * fit the field's type (written under an older type) is stored but not indexed.
 */
public final class DeclaredDocuments {
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private DeclaredDocuments() {}

    /**
     * The words of each declared text field's value ({@link Analysis#precutWords}), cut once for all an article's
     * paragraphs, by field name; a value that is not a string (written under an older type) has none.
     */
    static Map<String, String> textWords(Map<String, Object> values, DeclaredFields declared, Analysis analysis) {
        Map<String, String> words = new HashMap<>();
        for (DeclaredField f : declared.fields()) {
            if (f.type() == FieldType.TEXT && values.get(f.name()) instanceof String s) {
                words.put(f.name(), analysis.precutWords(s));
            }
        }
        return words;
    }

    /**
     * {@code article}'s declared values as fields of {@code d}, the paragraph document of an article: the keyword,
     * date and number fields indexed on every paragraph (filters, facets, sorts); on the {@code first} paragraph
     * only, the stored JSON and a text field's words ({@link #textWords}) as presence-only terms of
     * {@link DeclaredValues#wordsField}, as the title's.
     */
    static void add(
            Document d,
            boolean first,
            String storedJson,
            Map<String, Object> values,
            DeclaredFields declared,
            Map<String, String> textWords) {
        if (storedJson == null) {
            return;
        }
        if (first) {
            d.add(new StoredField(DeclaredValues.STORED, storedJson));
        }
        for (DeclaredField f : declared.fields()) {
            Object v = values.get(f.name());
            if (v == null) {
                continue;
            }
            String name = DeclaredValues.indexField(f.name());
            switch (f.type()) {
                case KEYWORD, KEYWORDS -> {
                    for (String s : DeclaredValues.keywords(v)) {
                        d.add(new StringField(name, s, Field.Store.NO));
                        d.add(new SortedSetDocValuesField(name, new BytesRef(s)));
                    }
                }
                case DATE -> {
                    Long day = DeclaredValues.day(v);
                    if (day != null) {
                        d.add(new LongPoint(name, day));
                        d.add(new SortedNumericDocValuesField(name, day));
                    }
                }
                case NUMBER -> {
                    Double n = DeclaredValues.number(v);
                    if (n != null) {
                        d.add(new DoublePoint(name, n));
                        d.add(new SortedNumericDocValuesField(name, NumericUtils.doubleToSortableLong(n)));
                    }
                }
                case TEXT -> { // shown from the JSON; its words only rank (never filtered, never recall)
                    String words = textWords.get(f.name());
                    if (first && words != null) {
                        d.add(new Field(
                                DeclaredValues.wordsField(f.name()), words, ParagraphDocuments.TITLE_WORDS_TYPE));
                    }
                }
            }
        }
    }

    /** The JSON stored for {@code values}, or {@code null} when there are none (nothing is written then). */
    static String json(Map<String, Object> values) {
        if (values.isEmpty()) {
            return null;
        }
        try {
            return JournalFile.JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values stored in {@code d}; empty when none. */
    public static Map<String, Object> read(Document d) {
        String json = d.get(DeclaredValues.STORED);
        if (json == null) {
            return Map.of();
        }
        try {
            return JournalFile.JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the index whose commit recorded {@code commitData} cannot be used with {@code declared}, or null. */
    public static String typeChange(Map<String, String> commitData, DeclaredFields declared) {
        return declared.typeChange(commitData.get(CommitData.FIELDS));
    }
}
