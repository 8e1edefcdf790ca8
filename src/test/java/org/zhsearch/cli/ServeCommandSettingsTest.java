package org.zhsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhsearch.config.AuthSettings;
import org.zhsearch.config.ZhsearchConfig;

/** {@code serve} hands the configured access rules to the server. */
class ServeCommandSettingsTest {
    @Test
    void theServerGetsTheConfiguredReadsModeKeysFileAndAdminToken() {
        ZhsearchConfig config = ZhsearchConfig.load(
                null,
                Map.of(
                        "ZHSEARCH_AUTH_READS",
                        "key",
                        "ZHSEARCH_AUTH_KEYS_FILE",
                        "/etc/zhsearch/keys.txt",
                        "ZHSEARCH_ADMIN_TOKEN",
                        "s3cret-admin-token"));

        var settings = ServeCommand.settings(config, Path.of("corpus"));

        assertThat(settings.auth()).isEqualTo(new AuthSettings(true, Path.of("/etc/zhsearch/keys.txt")));
        assertThat(settings.adminToken()).isEqualTo("s3cret-admin-token");
        assertThat(ServeCommand.settings(ZhsearchConfig.defaults(), Path.of("corpus"))
                        .auth())
                .isEqualTo(AuthSettings.open());
    }
}
