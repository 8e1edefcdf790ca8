package org.zhsearch.documents;

/** Page number styles of the fixtures' footers. */
enum PdfPageNumbers {
    PLAIN,
    DASHED,
    CHINESE,
    OF_TOTAL,
    PAGE,
    ROMAN;

    String format(int page, int pages) {
        return switch (this) {
            case PLAIN -> Integer.toString(page);
            case DASHED -> "- " + page + " -";
            case CHINESE -> "第 " + page + " 页";
            case OF_TOTAL -> page + " / " + pages;
            case PAGE -> "Page " + page;
            case ROMAN -> roman(page);
        };
    }

    private static String roman(int n) {
        String[] units = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
        String[] tens = {"", "x", "xx", "xxx", "xl", "l"};
        return tens[n / 10] + units[n % 10];
    }
}
