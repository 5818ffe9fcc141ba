package com.precog.adapters.espn.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The fake's replay: each requested date walks the queued scoreboards on its own; bodies queued later come next. */
class FakeEspnServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private String get(FakeEspnServer s, String dates) throws Exception {
        URI uri = s.baseUrl().resolve("/apis/site/v2/sports/football/nfl/scoreboard?dates=" + dates + "&limit=300");
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void aPollOfYesterdayAndToday_seesTheSameProgressionForBoth_andLaterBodiesComeNext() throws Exception {
        try (FakeEspnServer s = FakeEspnServer.start()) {
            s.replay("football/nfl", "{\"n\":1}", "{\"n\":2}");
            assertThat(get(s, "20221206")).isEqualTo("{\"n\":1}");
            assertThat(get(s, "20221207")).as("the other date starts at the first body").isEqualTo("{\"n\":1}");
            assertThat(get(s, "20221206")).isEqualTo("{\"n\":2}");
            assertThat(get(s, "20221207")).isEqualTo("{\"n\":2}");
            assertThat(get(s, "20221207")).as("the last repeats").isEqualTo("{\"n\":2}");
            s.replay("football/nfl", "{\"n\":3}");
            assertThat(get(s, "20221206")).isEqualTo("{\"n\":3}");
            assertThat(get(s, "20221207")).isEqualTo("{\"n\":3}");
        }
    }
}
