package org.zhsearch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.config.ZhsearchConfig;
import picocli.CommandLine.Option;

/** Options every subcommand takes: {@code --config}, {@code --index}, {@code --verbose}. */
final class CommonOptions {
    private static final Logger log = LoggerFactory.getLogger(CommonOptions.class);

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "configuration file, or a directory holding zhsearch.properties (default: "
                    + "config/zhsearch.properties if it exists)")
    Path config;

    @Option(
            names = "--index",
            paramLabel = "DIR",
            description = "index directory (default: index.dir from the configuration, index-data/index)")
    Path index;

    @Option(names = "--verbose", description = "print stack traces of failures and debug logging")
    boolean verbose;

    /**
     * The effective configuration: defaults, the config file, {@code ZHSEARCH_*} from {@code env}, then
     * {@code --index} and the command's own {@code flags} (config key → value, {@code null} when not given).
     * Logged once, at INFO when {@code announce} (serve) and at DEBUG otherwise.
     */
    ZhsearchConfig load(Map<String, String> env, Map<String, String> flags, boolean announce) {
        Path file = config != null
                ? config
                : Files.isRegularFile(ZhsearchConfig.DEFAULT_FILE) ? ZhsearchConfig.DEFAULT_FILE : null;
        Map<String, String> all = new HashMap<>(flags);
        if (index != null) {
            all.put(ZhsearchConfig.INDEX_DIR, index.toString());
        }
        // userdict.txt, synonyms.txt and question-words.txt live next to zhsearch.properties: each command passes
        // them on (cfg.analysis()) to whatever it opens or builds
        ZhsearchConfig cfg = ZhsearchConfig.load(file, env, all);
        String from = file == null ? "built-in defaults" : file.toString();
        if (announce) {
            log.info("configuration ({}): {}", from, cfg.describe());
        } else {
            log.debug("configuration ({}): {}", from, cfg.describe());
        }
        return cfg;
    }
}
