package org.zhsearch.documents;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Whether a PDF without text has images: scanned pages that need OCR rather than an empty document. */
final class PdfImages {
    /** Forms inside forms are looked into this deep. */
    private static final int MAX_DEPTH = 3;

    private PdfImages() {}

    static boolean hasImages(PDDocument doc) {
        for (PDPage page : doc.getPages()) {
            if (hasImages(page.getResources(), 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasImages(PDResources resources, int depth) {
        if (resources == null || depth > MAX_DEPTH) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            try {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDImageXObject
                        || x instanceof PDFormXObject form && hasImages(form.getResources(), depth + 1)) {
                    return true;
                }
            } catch (IOException e) {
                // an unreadable image still says the page was an image: keep looking for a readable one
            }
        }
        return false;
    }
}
