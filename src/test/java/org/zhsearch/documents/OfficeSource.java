package org.zhsearch.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The source text of an office fixture ({@code src/test/resources/documents/office/<name>.txt}): what the document
 * was made from, and so what extraction must give back. Lines are {@code kind: text} (heading, body, list, table,
 * caption) or {@code @property: value}; {@code #} lines are comments.
 */
record OfficeSource(Map<String, String> properties, List<TextBlock> blocks) {
    static final Path DIR = Path.of("src/test/resources/documents/office");

    static OfficeSource read(String name) throws IOException {
        Map<String, String> properties = new LinkedHashMap<>();
        List<TextBlock> blocks = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve(name + ".txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            String key = line.substring(0, colon);
            String value = line.substring(colon + 2);
            if (key.startsWith("@")) {
                properties.put(key.substring(1), value);
            } else {
                blocks.add(new TextBlock(value, kind(key), null));
            }
        }
        return new OfficeSource(properties, blocks);
    }

    private static TextBlock.Kind kind(String key) {
        return switch (key) {
            case "heading" -> TextBlock.Kind.HEADING;
            case "body" -> TextBlock.Kind.BODY;
            case "list" -> TextBlock.Kind.LIST_ITEM;
            case "table" -> TextBlock.Kind.TABLE_ROW;
            case "caption" -> TextBlock.Kind.CAPTION;
            default -> throw new IllegalArgumentException("unknown kind " + key);
        };
    }

    /** True for text in traditional script (the fixtures mark such sections 繁體 or use its characters). */
    static boolean traditional(String text) {
        return text.chars().anyMatch(c -> "預約說時後請間開蓋長響歸孫圖書館讀關於這燈護過麼電職".indexOf(c) >= 0);
    }
}
