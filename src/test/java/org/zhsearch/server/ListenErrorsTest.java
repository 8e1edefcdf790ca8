package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.ZhsearchException;

/** A server that cannot listen says why: an address that is not this machine's is not "port already in use". */
class ListenErrorsTest {
    @TempDir
    Path tmp;

    private static ServerSettings on(String bind, int port) {
        return new ServerSettings(bind, port, null, 1 << 20, List.of(), null, null);
    }

    @Test
    void anAddressThatIsNotThisMachinesIsNamedAsSuch() {
        try (ZhSearch zh = ZhSearch.open(tmp.resolve("index"))) {
            assertThatThrownBy(() -> new ZhsearchServer(zh, on("192.0.2.77", 0)).start())
                    .isInstanceOf(ZhsearchException.class)
                    .hasMessageContaining("not an address of this machine");
            assertThatThrownBy(() -> new ZhsearchServer(zh, on("no-such-host.invalid", 0)).start())
                    .isInstanceOf(ZhsearchException.class)
                    .hasMessageContaining("does not resolve");
        }
    }

    @Test
    void aPortInUseIsReportedAsInUse() throws IOException {
        try (ZhSearch zh = ZhSearch.open(tmp.resolve("index"));
                ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> new ZhsearchServer(zh, on("127.0.0.1", taken.getLocalPort())).start())
                    .isInstanceOf(ZhsearchException.class)
                    .hasMessageContaining("already in use");
        }
    }
}
