package org.zhsearch.cli;

import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.config.AccessKey;
import org.zhsearch.config.KeyScope;
import org.zhsearch.config.KeysFile;
import org.zhsearch.config.ZhsearchConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code zhsearch reload-dictionaries}: asks the running server to re-read {@code userdict.txt} and
 * {@code synonyms.txt} (the dictionaries live in the server's memory, so this goes through its admin endpoint).
 */
@Command(
        name = "reload-dictionaries",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Make the running server re-read config/userdict.txt and config/synonyms.txt without a"
                + " restart. Queries use them at once; run 'zhsearch index' later to re-segment indexed text.",
        footer = {
            "",
            "Examples:",
            "  zhsearch reload-dictionaries",
            "  ZHSEARCH_ADMIN_TOKEN=… zhsearch reload-dictionaries --url http://127.0.0.1:7070"
        })
final class ReloadDictionariesCommand implements Callable<Integer> {
    @ParentCommand
    ZhsearchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--url",
            paramLabel = "URL",
            description = "the server (default: http://<bind>:<port> from the configuration)")
    String url;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        ZhsearchConfig config = common.load(parent.env(), Map.of(), false);
        String secret = adminSecret(config);
        String base = url != null ? url : "http://" + config.bind() + ":" + config.port();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/admin/reload-dictionaries"))
                .header("Authorization", "Bearer " + secret)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new ZhsearchException(
                    ErrorCode.SERVER_UNREACHABLE,
                    "no zhsearch server answers at " + base + " — start it with 'zhsearch serve' or pass --url");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(response.body());
        out.flush();
        if (response.statusCode() != 200) {
            throw new ZhsearchException(ErrorCode.RELOAD_FAILED, "the server answered " + response.statusCode());
        }
        return 0;
    }

    /** {@code admin.token}, else the first admin key of the keys file — what the server accepts for this route. */
    private static String adminSecret(ZhsearchConfig config) {
        if (config.adminToken() != null) {
            return config.adminToken();
        }
        Path keysFile = config.auth().keysFile();
        if (keysFile != null) {
            for (AccessKey key : KeysFile.read(keysFile)) {
                if (key.scope() == KeyScope.ADMIN) {
                    return key.secret();
                }
            }
        }
        throw new ZhsearchException(
                ErrorCode.WRITES_DISABLED,
                "no admin token or admin key is configured: set "
                        + "admin.token in the config file or ZHSEARCH_ADMIN_TOKEN, or an admin key in auth.keysFile, the "
                        + "same as the server's");
    }
}
