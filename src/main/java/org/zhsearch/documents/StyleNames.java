package org.zhsearch.documents;

import java.util.regex.Pattern;

/**
 * What a paragraph style's name says a paragraph is, for the word processors' own names: Word's {@code heading 1}
 * (shown as 标题 1 in Chinese Word; WPS may store the Chinese name), LibreOffice's {@code Heading_20_1}, the title
 * and subtitle styles, and the caption styles ({@code Caption}/题注, LibreOffice's Figure, Table, Illustration).
 */
final class StyleNames {
    private static final Pattern HEADING =
            Pattern.compile("(?i)(heading|标题)(_20_|\\s)*\\d?|(sub)?title|副标题|contents heading", Pattern.UNICODE_CASE);
    private static final Pattern CAPTION =
            Pattern.compile("(?i)caption|题注|figure|table|illustration|drawing|图表|表格标题", Pattern.UNICODE_CASE);

    private StyleNames() {}

    /** HEADING or CAPTION for such a style, otherwise null. */
    static TextBlock.Kind kindOf(String styleName) {
        if (styleName == null) {
            return null;
        }
        String name = styleName.trim();
        if (HEADING.matcher(name).matches()) {
            return TextBlock.Kind.HEADING;
        }
        return CAPTION.matcher(name).matches() ? TextBlock.Kind.CAPTION : null;
    }
}
