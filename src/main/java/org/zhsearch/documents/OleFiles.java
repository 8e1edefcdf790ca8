package org.zhsearch.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** OLE2 compound files: the old binary Office formats, and the container of every encrypted Office document. */
final class OleFiles {
    /** The first bytes of an OLE2 compound file and of a zip archive, in hex. */
    private static final String OLE2 = "d0cf11e0a1b11ae1";

    private static final String ZIP = "504b0304";

    private OleFiles() {}

    static boolean isOle2(Path file) throws IOException {
        return startsWith(file, OLE2);
    }

    static boolean isZip(Path file) throws IOException {
        return startsWith(file, ZIP);
    }

    /**
     * Throws "encrypted: …" for an OLE2 file holding an encrypted Office Open XML package (what Word and WPS write
     * for a password-protected .docx).
     */
    static void refuseEncrypted(Path file, String format) throws UnusableDocument {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
                throw new UnusableDocument("encrypted: the " + format
                        + " document is password protected; save a copy without a password to index it");
            }
        } catch (IOException | RuntimeException e) {
            throw new UnusableDocument(
                    "damaged " + format + " file (an unreadable OLE2 container: " + e.getMessage()
                            + "); open and save it again",
                    e);
        }
    }

    private static boolean startsWith(Path file, String magic) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return HexFormat.of().formatHex(in.readNBytes(magic.length() / 2)).equals(magic);
        }
    }
}
