package org.zhsearch.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.zhsearch.api.Article;

/**
 * HTML via jsoup: the title is {@code <title>}, else the first {@code <h1>}; {@code h1}–{@code h6} are heading
 * paragraphs, {@code p} and {@code li} are paragraphs (an element inside one already taken is not repeated);
 * {@code script style nav header footer noscript template} are dropped. The date comes from a
 * {@code <meta name="date|pubdate|publishdate">}, {@code property="article:published_time"} or
 * {@code itemprop="datePublished"} if present.
 */
final class HtmlArticleReader {
    private static final String DROPPED = "script, style, nav, header, footer, noscript, template";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li";
    private static final String DATE_META = "meta[name=date], meta[name=pubdate], meta[name=publishdate], "
            + "meta[property=article:published_time], meta[itemprop=datePublished]";
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 4096;

    private HtmlArticleReader() {}

    static Article parse(String id, String html) {
        Document doc = Jsoup.parse(Texts.stripBom(html));
        ArticleBuilder article = new ArticleBuilder(id);
        String title = Texts.trim(doc.title());
        if (title.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? "" : Texts.trim(h1.text());
        }
        article.title(title);
        Element dateMeta = doc.selectFirst(DATE_META);
        if (dateMeta != null) {
            article.date(Dates.normalize(dateMeta.attr("content")));
        }
        doc.select(DROPPED).remove();
        Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : doc.select(BLOCKS)) {
            if (insideTaken(e, taken)) {
                continue;
            }
            taken.add(e);
            if (isHeading(e.normalName())) {
                article.heading(e.text());
            } else {
                article.paragraph(e.text());
            }
        }
        return article.build();
    }

    /**
     * The charset declared by {@code <meta charset>} or {@code <meta http-equiv content="…charset=…">} in the
     * first 4 KB, or {@code null}. GB2312 and GBK are widened to GB18030.
     */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("cp936")) {
            return EncodingDetector.GB18030;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static boolean insideTaken(Element e, Set<Element> taken) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (taken.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
