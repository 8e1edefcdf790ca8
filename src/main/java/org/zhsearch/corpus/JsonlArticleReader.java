package org.zhsearch.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.zhsearch.api.Article;
import org.zhsearch.api.ArticleIds;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.SkippedFile;

/**
 * {@code .jsonl}: one {@link JsonArticleParser JSON article} per line, UTF-8, streamed. Blank lines are ignored; a bad
 * line is skipped as {@code <file id>:<line>} and the other lines still count. An article without an {@code "id"}
 * gets {@code <file id>#<line>}; an {@code "id"} the API would refuse ({@link ArticleIds}: {@code ../../etc/passwd})
 * skips its line. A {@code "date"} that is not a date is dropped and the line reported as kept with that value.
 */
final class JsonlArticleReader {
    static final String NOT_UTF8 = "cannot decode: .jsonl lines must be UTF-8 text";

    private JsonlArticleReader() {}

    static List<SkippedFile> read(CorpusFile file, Consumer<Article> sink, long maxLineChars, DeclaredFields declared) {
        List<SkippedFile> skipped = new ArrayList<>();
        int articles = 0;
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BoundedLineReader lines = new BoundedLineReader(
                new BufferedReader(new InputStreamReader(Files.newInputStream(file.path()), decoder)), maxLineChars)) {
            int number = 0;
            for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
                number++;
                String where = file.id() + ":" + number;
                if (line.tooLong()) {
                    skipped.add(new SkippedFile(where, "line is longer than " + CorpusReader.size(maxLineChars)));
                    continue;
                }
                String text = number == 1 ? Texts.stripBom(line.text()) : line.text();
                if (text.isBlank()) {
                    continue;
                }
                if (EncodingDetector.looksBinary(text)) {
                    skipped.add(new SkippedFile(where, NOT_UTF8));
                    continue;
                }
                text = EncodingDetector.clean(text).text();
                Article article;
                List<String> dropped = new ArrayList<>(1);
                try {
                    article = JsonArticleParser.parse(file.id() + "#" + number, text, dropped::add);
                } catch (CorpusFormatException e) {
                    skipped.add(new SkippedFile(where, e.getMessage()));
                    continue;
                } catch (RuntimeException | StackOverflowError e) {
                    skipped.add(new SkippedFile(where, "cannot parse: " + e));
                    continue;
                }
                String idProblem =
                        article.id().equals(file.id() + "#" + number) ? null : ArticleIds.problem(article.id());
                if (idProblem != null) {
                    // indexed, it could never be opened or deleted through the API
                    skipped.add(new SkippedFile(where, idProblem));
                    continue;
                }
                for (String problem : dropped) {
                    skipped.add(SkippedFile.kept(where, problem));
                }
                sink.accept(ArticleFields.check(article, declared, where, Map.of(), skipped));
                articles++;
            }
        } catch (IOException e) {
            skipped.add(new SkippedFile(file.id(), "cannot read: " + IoErrors.describe(e)));
            return skipped;
        }
        if (articles == 0 && skipped.isEmpty()) {
            skipped.add(new SkippedFile(file.id(), "no paragraphs"));
        }
        return skipped;
    }
}
