package org.zhsearch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configuration directory that is not there is an error, not a silent run without dictionaries. */
class AnalysisConfigTest {
    @TempDir
    Path tmp;

    @Test
    void aMissingConfigDirectoryIsAnInvalidConfigErrorNamingIt() {
        Path missing = tmp.resolve("no-such-config-dir");
        assertThatThrownBy(() -> AnalysisConfig.in(missing))
                .isInstanceOfSatisfying(
                        ZhsearchException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_CONFIG))
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void aFileInsteadOfADirectoryIsRefusedToo() throws IOException {
        Path file = Files.writeString(tmp.resolve("userdict.txt"), "量子计算\n");
        assertThatThrownBy(() -> AnalysisConfig.in(file)).hasMessageContaining("is not a directory");
    }

    @Test
    void anExistingDirectoryWithoutTheFilesStillMeansNoDictionaries() {
        AnalysisConfig config = AnalysisConfig.in(tmp);
        assertThat(config.userDict()).isEqualTo(tmp.resolve(AnalysisConfig.USER_DICT_FILE));
        assertThat(AnalysisConfig.builtIn().userDict()).isNull();
    }
}
