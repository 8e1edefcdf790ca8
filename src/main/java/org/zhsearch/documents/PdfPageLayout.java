package org.zhsearch.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds lines and columns from a page's glyphs: glyphs on one baseline form a line, a vertical gutter that most
 * lines leave empty splits the page into columns (read left to right, each top to bottom; a line across the gutter,
 * such as a title, separates the parts above and below it), and a line's text gets a space only where a gap between
 * two non-CJK glyphs is clearly wider than the line's letter spacing.
 */
final class PdfPageLayout {
    /** Columns inside columns are split at most this deep (a three-column page needs two). */
    private static final int MAX_SPLITS = 3;

    private PdfPageLayout() {}

    /** Groups glyphs into lines by baseline, top to bottom, each line's glyphs left to right. */
    static List<List<PdfGlyph>> lines(List<PdfGlyph> glyphs) {
        List<PdfGlyph> byY = new ArrayList<>(glyphs);
        byY.sort(Comparator.comparingDouble(PdfGlyph::y));
        List<List<PdfGlyph>> lines = new ArrayList<>();
        List<PdfGlyph> current = new ArrayList<>();
        float lineY = 0;
        for (PdfGlyph g : byY) {
            if (!current.isEmpty()
                    && g.y() - lineY
                            > 0.4f * Math.min(g.size(), current.getFirst().size())) {
                lines.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                lineY = g.y();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        lines.forEach(l -> l.sort(Comparator.comparingDouble(PdfGlyph::x)));
        return lines;
    }

    /** The page's text flows in reading order: each is a column (or the part of one between spanning lines). */
    static List<List<PdfLine>> flows(List<List<PdfGlyph>> lines) {
        List<List<PdfLine>> flows = new ArrayList<>();
        split(lines, 0, flows);
        flows.removeIf(List::isEmpty);
        return flows;
    }

    private static void split(List<List<PdfGlyph>> lines, int depth, List<List<PdfLine>> flows) {
        Gutter gutter = depth < MAX_SPLITS ? gutter(lines) : null;
        if (gutter == null) {
            flows.add(lines.stream().map(PdfPageLayout::line).toList());
            return;
        }
        List<List<PdfGlyph>> left = new ArrayList<>();
        List<List<PdfGlyph>> right = new ArrayList<>();
        for (List<PdfGlyph> line : lines) {
            boolean spans = line.stream().anyMatch(g -> g.x() < gutter.to() && g.right() > gutter.from());
            if (spans) {
                split(left, depth + 1, flows);
                split(right, depth + 1, flows);
                left = new ArrayList<>();
                right = new ArrayList<>();
                flows.add(List.of(line(line)));
                continue;
            }
            List<PdfGlyph> l =
                    line.stream().filter(g -> g.right() <= gutter.from()).toList();
            List<PdfGlyph> r = line.stream().filter(g -> g.x() >= gutter.to()).toList();
            if (!l.isEmpty()) {
                left.add(l);
            }
            if (!r.isEmpty()) {
                right.add(r);
            }
        }
        split(left, depth + 1, flows);
        split(right, depth + 1, flows);
    }

    /** A vertical strip between columns; only lines across the whole page (titles) have glyphs in it. */
    record Gutter(float from, float to) {}

    /**
     * The column gutter: the widest run (at least 1.5 em) in the middle 60 % of the text's width that at most one
     * line in ten crosses, with text on both sides in at least two lines and a tenth of the lines each; null if none.
     */
    static Gutter gutter(List<List<PdfGlyph>> lines) {
        if (lines.size() < 4) {
            return null;
        }
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        List<Float> sizes = new ArrayList<>();
        for (List<PdfGlyph> line : lines) {
            for (PdfGlyph g : line) {
                min = Math.min(min, g.x());
                max = Math.max(max, g.right());
            }
            sizes.add(line.getFirst().size());
        }
        int bins = (int) Math.ceil(max - min) + 1;
        if (bins < 100 || bins > 20_000) {
            return null;
        }
        int[] cover = new int[bins];
        for (List<PdfGlyph> line : lines) {
            boolean[] hit = new boolean[bins];
            for (PdfGlyph g : line) {
                int from = (int) Math.max(0, Math.floor(g.x() - min));
                int to = (int) Math.min(bins - 1, Math.ceil(g.right() - min));
                for (int b = from; b <= to; b++) {
                    hit[b] = true;
                }
            }
            for (int b = 0; b < bins; b++) {
                cover[b] += hit[b] ? 1 : 0;
            }
        }
        sizes.sort(null);
        float minWidth = Math.max(10, 1.5f * sizes.get(sizes.size() / 2));
        int allowed = lines.size() / 10;
        int bestFrom = -1;
        int bestLength = 0;
        for (int b = (int) (bins * 0.2), run = 0; b <= (int) (bins * 0.8); b++) {
            run = cover[b] <= allowed ? run + 1 : 0;
            if (run > bestLength) {
                bestLength = run;
                bestFrom = b - run + 1;
            }
        }
        if (bestLength < minWidth) {
            return null;
        }
        // a bin counts glyphs touching it: the strip starts a bin in and ends a bin early
        Gutter gutter = new Gutter(min + bestFrom, min + bestFrom + bestLength - 1);
        long leftLines = lines.stream()
                .filter(l -> l.stream().anyMatch(g -> g.right() <= gutter.from()))
                .count();
        long rightLines = lines.stream()
                .filter(l -> l.stream().anyMatch(g -> g.x() >= gutter.to()))
                .count();
        boolean bothSides = Math.min(leftLines, rightLines) >= Math.max(2, lines.size() / 10);
        return bothSides ? gutter : null;
    }

    /** One line's glyphs (left to right) as a line of text with its geometry. */
    static PdfLine line(List<PdfGlyph> glyphs) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < glyphs.size(); i++) {
            gaps.add(glyphs.get(i).x() - glyphs.get(i - 1).right());
        }
        gaps.sort(null);
        float letterGap = gaps.isEmpty() ? 0 : Math.max(0, gaps.get(gaps.size() / 2));
        StringBuilder text = new StringBuilder();
        Map<Float, Integer> sizeCounts = new HashMap<>();
        int boldChars = 0;
        for (int i = 0; i < glyphs.size(); i++) {
            PdfGlyph g = glyphs.get(i);
            if (i > 0 && wordGap(glyphs.get(i - 1), g, letterGap)) {
                text.append(' ');
            }
            text.append(g.text());
            sizeCounts.merge(Math.round(g.size() * 2) / 2f, g.text().length(), Integer::sum);
            boldChars += g.bold() ? g.text().length() : 0;
        }
        float size = sizeCounts.entrySet().stream()
                .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
        List<Float> ys = glyphs.stream().map(PdfGlyph::y).sorted().toList();
        String tidy = CjkText.tidySpaces(text.toString()).strip();
        return new PdfLine(
                tidy,
                glyphs.getFirst().x(),
                glyphs.getLast().right(),
                ys.get(ys.size() / 2),
                size,
                boldChars * 2 > text.length());
    }

    private static boolean wordGap(PdfGlyph before, PdfGlyph after, float letterGap) {
        String a = before.text();
        String b = after.text();
        boolean cjkBefore = CjkText.isCjk(a.codePointBefore(a.length()));
        boolean cjkAfter = CjkText.isCjk(b.codePointAt(0));
        if (cjkBefore && cjkAfter) {
            return false; // Chinese has no spaces: a gap between CJK characters is justification or tracking
        }
        float em = Math.min(before.size(), after.size());
        float extra = cjkBefore || cjkAfter ? 0.2f : 0.12f; // a space next to CJK only if clearly typed
        return after.x() - before.right() > Math.max(0.15f * em, letterGap + extra * em);
    }
}
