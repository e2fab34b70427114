package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import org.fourpi.toolkit.hostile.ListeningSockets;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;

/** With the whole window open, headless, the program listens on no network port. */
class NoListeningSocketUiTest extends WindowTest {

    @Test
    void listensOnNoPortWithTheWindowOpen() throws Exception {
        assumeThat(ListeningSockets.canLook()).isTrue();
        test = TestServices.open(temp);
        app = UiTestSupport.start(test);

        assertThat(ListeningSockets.ofThisProcess()).isEmpty();
    }
}
