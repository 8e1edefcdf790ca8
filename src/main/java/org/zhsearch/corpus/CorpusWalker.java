package org.zhsearch.corpus;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.zhsearch.api.InvalidRequestException;
import org.zhsearch.api.SkippedFile;

/**
 * Depth-first walk of a corpus root: entries of each directory in file-name order, symbolic links followed while
 * they stay inside the corpus (a link leaving it — {@code passwd.txt -> /etc/passwd} — is skipped and reported
 * unless external links are allowed), a link back to a directory being walked reported as a loop, names starting
 * with '.' ignored, only corpus file extensions kept.
 */
final class CorpusWalker {
    private final Path root;
    private final Consumer<SkippedFile> onSkip;
    private final List<CorpusFile> files = new ArrayList<>();
    /** File keys of the directories on the current path from the root. */
    private final Set<Object> open = new HashSet<>();

    private final boolean followExternalLinks;
    private Path realRoot;

    CorpusWalker(Path root, Consumer<SkippedFile> onSkip, boolean followExternalLinks) {
        this.root = root;
        this.onSkip = onSkip;
        this.followExternalLinks = followExternalLinks;
    }

    List<CorpusFile> walk() {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(root, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new InvalidRequestException("corpus " + root + " cannot be read: " + IoErrors.describe(e));
        }
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new InvalidRequestException("corpus " + root + " cannot be read: " + IoErrors.describe(e));
        }
        if (attrs.isDirectory()) {
            directory(root, "", attrs);
        } else if (attrs.isRegularFile() && Format.of(root).isPresent()) {
            files.add(new CorpusFile(root, root.getFileName().toString(), attrs.size()));
        } else {
            throw new InvalidRequestException(
                    "corpus " + root + " must be a directory (or a file ending in " + Format.extensionList() + ")");
        }
        return List.copyOf(files);
    }

    private void directory(Path dir, String id, BasicFileAttributes attrs) {
        String where = id.isEmpty() ? "." : id;
        Object key = key(dir, attrs);
        if (!open.add(key)) {
            onSkip.accept(new SkippedFile(where, "symbolic link loop: leads back to a parent directory"));
            return;
        }
        try {
            List<Child> children = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                entries.forEach(p -> children.add(new Child(p.getFileName().toString(), p)));
            } catch (IOException e) {
                onSkip.accept(new SkippedFile(where, "cannot read directory: " + IoErrors.describe(e)));
                return;
            } catch (DirectoryIteratorException e) {
                onSkip.accept(new SkippedFile(where, "cannot read directory: " + IoErrors.describe(e.getCause())));
                return;
            }
            children.sort(Comparator.comparing(Child::name)); // names made once: a sort compares each ~17 times
            for (Child child : children) {
                if (!child.name().startsWith(".")) {
                    entry(child.path(), id.isEmpty() ? child.name() : id + "/" + child.name());
                }
            }
        } finally {
            open.remove(key);
        }
    }

    /** A directory entry and its file name, as a string once. */
    private record Child(String name, Path path) {}

    private void entry(Path path, String id) {
        BasicFileAttributes attrs;
        try {
            // the entry's own attributes: one call tells a plain file (most of a corpus) from a link
            attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            if (Format.of(path).isPresent()) {
                onSkip.accept(new SkippedFile(id, "cannot read: " + IoErrors.describe(e)));
            }
            return;
        }
        if (attrs.isSymbolicLink()) {
            attrs = linkTarget(path, id);
            if (attrs == null) {
                return;
            }
        }
        if (attrs.isDirectory()) {
            directory(path, id, attrs);
        } else if (attrs.isRegularFile() && Format.of(path).isPresent()) {
            files.add(new CorpusFile(path, id, attrs.size()));
        }
    }

    /** The attributes of what {@code link} leads to, or null when it is not followed (reported when it matters). */
    private BasicFileAttributes linkTarget(Path link, String id) {
        if (!followExternalLinks && leavesCorpus(link)) {
            if (Format.of(link).isPresent() || Files.isDirectory(link)) {
                onSkip.accept(new SkippedFile(
                        id,
                        "symbolic link to outside the corpus: not followed (allow with " + "--follow-external-links)"));
            }
            return null;
        }
        try {
            return Files.readAttributes(link, BasicFileAttributes.class);
        } catch (IOException e) {
            String reason = Files.exists(link) ? IoErrors.describe(e) : "broken symbolic link";
            onSkip.accept(new SkippedFile(id, "cannot read: " + reason));
            return null;
        }
    }

    /** True when the link's target (resolved through every link) is not under the corpus root; broken: false. */
    private boolean leavesCorpus(Path link) {
        try {
            return !link.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false; // a broken link is reported as such by entry()
        }
    }

    private static Object key(Path dir, BasicFileAttributes attrs) {
        if (attrs.fileKey() != null) {
            return attrs.fileKey();
        }
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }
}
