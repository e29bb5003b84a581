// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline receiver of ingest.sh: a libmosquitto subscriber that only counts. No
// output per message, no decoding: what a receiver costs when it does nothing.
// Prints "received=N seconds=S" (S: first message to last) when N messages have arrived,
// or when none has come for IDLE seconds after the first.
// Usage: countsub HOST PORT TOPIC QOS N [IDLE]
#include <mosquitto.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace {

long long s_wanted = 0;
long long s_received = 0;
double s_first = -1.0, s_last = -1.0;

double now()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void onMessage(mosquitto *client, void *, const mosquitto_message *)
{
    s_last = now();
    if (s_received++ == 0)
        s_first = s_last;
    if (s_received >= s_wanted)
        mosquitto_disconnect(client);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 6) {
        std::fprintf(stderr, "usage: countsub HOST PORT TOPIC QOS N [IDLE]\n");
        return 2;
    }
    const int qos = std::atoi(argv[4]);
    const double idle = argc > 6 ? std::atof(argv[6]) : 5.0;
    s_wanted = std::atoll(argv[5]);
    mosquitto_lib_init();
    mosquitto *client = mosquitto_new(nullptr, true, nullptr);
    if (!client) {
        std::fprintf(stderr, "countsub: out of memory\n");
        return 1;
    }
    mosquitto_message_callback_set(client, onMessage);
    int rc = mosquitto_connect(client, argv[1], std::atoi(argv[2]), 60);
    if (rc == MOSQ_ERR_SUCCESS)
        rc = mosquitto_subscribe(client, nullptr, argv[3], qos);
    if (rc != MOSQ_ERR_SUCCESS) {
        std::fprintf(stderr, "countsub: %s\n", mosquitto_strerror(rc));
        return 1;
    }
    std::fprintf(stderr, "countsub: subscribed\n");
    while (s_received < s_wanted) {
        rc = mosquitto_loop(client, 100, 1);
        if (rc != MOSQ_ERR_SUCCESS && rc != MOSQ_ERR_NO_CONN)
            break;
        if (s_first >= 0 && now() - s_last > idle)
            break;
    }
    std::printf("received=%lld seconds=%.6f\n", s_received, s_received > 1 ? s_last - s_first : 0.0);
    mosquitto_destroy(client);
    mosquitto_lib_cleanup();
    return 0;
}
