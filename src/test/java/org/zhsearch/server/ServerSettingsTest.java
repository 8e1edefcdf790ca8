package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhsearch.config.AuthSettings;

class ServerSettingsTest {
    @Test
    void toStringMasksTheAdminToken() {
        ServerSettings s = ServerSettings.local(7070, Path.of("index-data")).withAdminToken("topsecret");
        assertThat(s.toString()).doesNotContain("topsecret").contains("adminToken=***");
    }

    @Test
    void aBlankTokenMeansWritesAreDisabled() {
        assertThat(ServerSettings.local(0, Path.of("i")).withAdminToken("  ").adminToken())
                .isNull();
    }

    @Test
    void localBindsLoopbackOnly() {
        assertThat(ServerSettings.local(7070, Path.of("i")).bind()).isEqualTo("127.0.0.1");
    }

    @Test
    void invalidValuesAreRejected() {
        assertThatThrownBy(() -> new ServerSettings("127.0.0.1", 70_000, null, 1, List.of(), null, null))
                .hasMessageContaining("port");
        assertThatThrownBy(() -> new ServerSettings("127.0.0.1", 0, null, 0, List.of(), null, null))
                .hasMessageContaining("maxBodyBytes");
    }

    @Test
    void readsAreOpenByDefaultAndNeedingAKeyWithoutAnyKeyIsRefused() {
        ServerSettings s = ServerSettings.local(0, Path.of("i"));
        assertThat(s.auth()).isEqualTo(AuthSettings.open());
        assertThatThrownBy(() -> s.withAuth(new AuthSettings(true, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("need a key");
        assertThat(s.withAdminToken("s3cret-admin-token")
                        .withAuth(new AuthSettings(true, null))
                        .auth()
                        .readsNeedKey())
                .isTrue();
        ServerSettings keyed =
                s.withAuth(new AuthSettings(true, Path.of("keys.txt"))).withAdminToken("topsecret");
        assertThat(keyed.auth()).isEqualTo(new AuthSettings(true, Path.of("keys.txt")));
        assertThat(keyed.toString()).contains("keys.txt").doesNotContain("topsecret");
    }
}
