package org.zhsearch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.PutResult;
import org.zhsearch.api.ZhsearchException;

/**
 * Where {@code zhsearch import} writes a batch of lines: a running server ({@code POST /api/articles/_bulk}) or a
 * {@link ZhSearch} opened here. Either way one result per non-blank line, numbered as lines of the file.
 */
sealed interface ImportTarget {
    /** One line's result, as the HTTP API's bulk item: {@code code} and {@code message} only for an error. */
    record Result(int line, String id, String status, String code, String message) {
        boolean failed() {
            return code != null;
        }
    }

    /** Writes the lines of {@code batch}; results of its non-blank lines in order. */
    List<Result> write(JsonlBatches.Batch batch);

    /** The same parse as the server's: a line too long or not UTF-8 is that line's error. */
    static String text(byte[] line) {
        if (line == null) {
            throw new ZhsearchException(
                    ErrorCode.BODY_TOO_LARGE, "the line is longer than " + JsonlBatches.MAX_LINE_BYTES + " bytes");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(line))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ZhsearchException(ErrorCode.INVALID_ARTICLE, "the line is not valid UTF-8");
        }
    }

    /** Into an index opened in this process ({@link ZhSearch#putAll}: one durable flush per batch). */
    record Local(ZhSearch zh) implements ImportTarget {
        @Override
        public List<Result> write(JsonlBatches.Batch batch) {
            List<Result> results = new ArrayList<>();
            List<Article> articles = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (int i = 0; i < batch.lines().size(); i++) {
                int line = batch.firstLine() + i;
                try {
                    String text = text(batch.lines().get(i));
                    if (!text.isBlank()) {
                        articles.add(ZhSearch.articleFromJson(null, text));
                        lines.add(line);
                    }
                } catch (ZhsearchException e) {
                    results.add(new Result(line, null, "error", e.code(), e.getMessage()));
                }
            }
            List<PutResult> written = zh.putAll(articles);
            for (int k = 0; k < written.size(); k++) {
                PutResult r = written.get(k);
                results.add(new Result(
                        lines.get(k),
                        r.id(),
                        r.status().label(),
                        r.ok() ? null : r.error().code(),
                        r.message()));
            }
            results.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return results;
        }
    }

    /**
     * To a running server. A batch the server finds too large (413: nothing of it was written) is sent again as two
     * halves, down to single lines; any other refusal of the whole request (a wrong key, writes disabled, the index
     * unwritable) stops the import with the server's message.
     */
    record Remote(HttpClient http, String base, String key, ObjectMapper json) implements ImportTarget {
        Remote(String base, String key) {
            this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), base, key, new ObjectMapper());
        }

        @Override
        public List<Result> write(JsonlBatches.Batch batch) {
            List<Result> results = new ArrayList<>();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int i = 0; i < batch.lines().size(); i++) {
                byte[] line = batch.lines().get(i);
                if (line == null) { // too long to send: reported here, an empty line keeps the numbering
                    results.add(tooLong(batch.firstLine() + i));
                } else {
                    body.writeBytes(line);
                }
                body.write('\n');
            }
            HttpResponse<String> r = post(body.toByteArray());
            if (r.statusCode() == 413 && batch.lines().size() > 1) {
                int half = batch.lines().size() / 2;
                List<byte[]> lines = batch.lines();
                results.clear(); // the halves report their own too-long lines
                results.addAll(write(new JsonlBatches.Batch(batch.firstLine(), lines.subList(0, half))));
                results.addAll(
                        write(new JsonlBatches.Batch(batch.firstLine() + half, lines.subList(half, lines.size()))));
                return results;
            }
            JsonNode answer = parse(r);
            if (r.statusCode() == 413) {
                results.add(new Result(
                        batch.firstLine(),
                        null,
                        "error",
                        answer.path("error").asText(),
                        answer.path("message").asText()));
                return results;
            }
            if (r.statusCode() != 200) {
                String code = answer.path("error").asText("");
                ErrorCode known = Arrays.stream(ErrorCode.values())
                        .filter(c -> c.code().equals(code))
                        .findFirst()
                        .orElse(ErrorCode.SERVER_UNREACHABLE);
                throw new ZhsearchException(
                        known,
                        "the server answered " + r.statusCode() + " " + code + ": "
                                + answer.path("message").asText() + " (lines " + batch.firstLine() + "… not imported)");
            }
            for (JsonNode item : answer.path("items")) {
                JsonNode error = item.path("error");
                results.add(new Result(
                        batch.firstLine() - 1 + item.path("line").asInt(),
                        item.path("id").isTextual() ? item.path("id").asText() : null,
                        item.path("status").asText(),
                        error.isMissingNode() ? null : error.path("error").asText(),
                        error.isMissingNode() ? null : error.path("message").asText()));
            }
            results.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return results;
        }

        private static Result tooLong(int line) {
            return new Result(
                    line,
                    null,
                    "error",
                    ErrorCode.BODY_TOO_LARGE.code(),
                    "the line is longer than " + JsonlBatches.MAX_LINE_BYTES + " bytes");
        }

        private HttpResponse<String> post(byte[] body) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/articles/_bulk"))
                    .header("Authorization", "Bearer " + key)
                    .header("Content-Type", "application/x-ndjson")
                    .timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (ConnectException e) {
                throw new ZhsearchException(
                        ErrorCode.SERVER_UNREACHABLE,
                        "no zhsearch server answers at " + base + " — start it with 'zhsearch serve', pass --url,"
                                + " or leave --url out to write into the local index");
            } catch (IOException e) {
                throw new ZhsearchException(
                        ErrorCode.SERVER_UNREACHABLE, "sending to " + base + " failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ZhsearchException(ErrorCode.INTERRUPTED, "the import was interrupted", e);
            }
        }

        private JsonNode parse(HttpResponse<String> r) {
            try {
                return json.readTree(r.body());
            } catch (IOException e) {
                throw new ZhsearchException(
                        ErrorCode.SERVER_UNREACHABLE,
                        "the server at " + base + " answered " + r.statusCode() + " with no JSON: is it zhsearch?");
            }
        }
    }
}
