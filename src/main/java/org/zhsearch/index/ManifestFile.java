package org.zhsearch.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.zhsearch.build.CorpusManifest;

/**
 * The corpus manifest of a generation: {@value #NAME} in its directory, beside the Lucene files (Lucene leaves
 * files not named like its own alone). Written whole to a temporary file, fsync'd and renamed over the old one, so
 * a crash leaves the old manifest or the new one; a fallback generation has its own, which matches its content.
 */
public final class ManifestFile {
    static final String NAME = "corpus-manifest.json";

    private ManifestFile() {}

    /** The manifest of the generation {@code index} serves, or empty when it has none or it is damaged. */
    public static Optional<CorpusManifest> of(LiveIndex index) {
        return read(generationDir(index));
    }

    /** The corpus folder the generation {@code index} serves was built or updated from, or empty. */
    public static Optional<String> rootOf(LiveIndex index) {
        try (InputStream in = Files.newInputStream(generationDir(index).resolve(NAME))) {
            return CorpusManifest.rootOf(in);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<CorpusManifest> read(Path generation) {
        try {
            return CorpusManifest.fromJson(Files.readAllBytes(generation.resolve(NAME)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the manifest of {@code generation} atomically and durably. */
    static void write(Path generation, CorpusManifest manifest) {
        Path tmp = generation.resolve(NAME + ".tmp");
        try (FileChannel ch = FileChannel.open(
                tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap(manifest.toJson()));
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(
                    tmp, generation.resolve(NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IndexHome.fsyncDirectory(generation);
    }

    private static Path generationDir(LiveIndex index) {
        return index.home().path().resolve(index.current().name());
    }
}
