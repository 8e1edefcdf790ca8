package org.zhsearch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a server acknowledged, per article id: the text of its last acknowledged PUT, or deleted. An id whose last
 * request got no answer (the server was killed meanwhile) may be either way and is not checked.
 */
final class AcknowledgedWrites {
    static final String DELETED = "(deleted)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, String> expected = new ConcurrentHashMap<>();
    private final Set<String> uncertain = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    /** Every first paragraph ever sent per id: a visible article must be one of them, whole. */
    private final Map<String, Set<String>> sent = new ConcurrentHashMap<>();

    static String path(String id) {
        return "/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    /** PUTs {@code firstParagraph} as article {@code id}; records it when acknowledged. */
    void put(ZhsearchProcess server, String id, String firstParagraph, String rest) {
        uncertain.add(id);
        sent.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(firstParagraph);
        try {
            HttpResponse<String> r =
                    server.send("PUT", path(id), "发布时间:2024-11-25 04:43:40 来源: soak\n" + firstParagraph + "\n" + rest);
            if (r.statusCode() == 200 || r.statusCode() == 201) {
                expected.put(id, firstParagraph);
                uncertain.remove(id);
                counts.merge("put", 1, Integer::sum);
            } else if (r.statusCode() >= 400) {
                uncertain.remove(id); // refused: the previous acknowledged state must stay
                counts.merge("refused", 1, Integer::sum);
            }
        } catch (Exception noAnswer) {
            counts.merge("unanswered", 1, Integer::sum);
        }
    }

    void delete(ZhsearchProcess server, String id) {
        uncertain.add(id);
        try {
            HttpResponse<String> r = server.send("DELETE", path(id), null);
            if (r.statusCode() == 200 || r.statusCode() == 404) {
                expected.put(id, DELETED);
                uncertain.remove(id);
                counts.merge("delete", 1, Integer::sum);
            }
        } catch (Exception noAnswer) {
            counts.merge("unanswered", 1, Integer::sum);
        }
    }

    /**
     * Three writer threads until {@code stop}: each PUTs its 15 articles {@code api/w<N>-<i>.txt} in turn, and every
     * fifth request DELETEs one of the corpus articles {@code d<N>/a<i>.txt} (see {@link SoakCorpus}).
     */
    List<Thread> startWriters(ZhsearchProcess server, int round, AtomicBoolean stop) {
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int writer = w;
            writers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; !stop.get(); i++) {
                    if (i % 5 == 4) {
                        delete(server, "d" + writer + "/a" + (i % 20) + ".txt");
                    } else {
                        put(
                                server,
                                "api/w" + writer + "-" + (i % 15) + ".txt",
                                "第" + round + "轮写入者" + writer + "第" + i + "次。",
                                "正文。");
                    }
                }
            }));
        }
        return writers;
    }

    int acknowledged() {
        return counts.getOrDefault("put", 0) + counts.getOrDefault("delete", 0);
    }

    Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    /** Every acknowledged id holds exactly its last acknowledged content (or is gone); returns ids checked. */
    int verify(ZhsearchProcess server) throws Exception {
        int checked = 0;
        for (String id : uncertain) {
            HttpResponse<String> r = server.get(path(id));
            if (r.statusCode() == 200) { // unacknowledged: either version may show, but only whole
                String first = JSON.readTree(r.body())
                        .get("paragraphs")
                        .get(0)
                        .get("text")
                        .asText();
                assertThat(sent.getOrDefault(id, Set.of()))
                        .as("%s shows a version never sent", id)
                        .contains(first);
            }
        }
        for (Map.Entry<String, String> e : expected.entrySet()) {
            if (uncertain.contains(e.getKey())) {
                continue;
            }
            HttpResponse<String> r = server.get(path(e.getKey()));
            if (e.getValue().equals(DELETED)) {
                assertThat(r.statusCode())
                        .as("acknowledged delete of %s came back: %s", e.getKey(), r.body())
                        .isEqualTo(404);
            } else {
                assertThat(r.statusCode())
                        .as("acknowledged put of %s is missing", e.getKey())
                        .isEqualTo(200);
                String first = JSON.readTree(r.body())
                        .get("paragraphs")
                        .get(0)
                        .get("text")
                        .asText();
                assertThat(first).as("content of %s", e.getKey()).isEqualTo(e.getValue());
            }
            checked++;
        }
        return checked;
    }
}
