// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline of `twinctl ingest --paho` in ingest.sh: a Paho C++ subscriber (the client
// TwinStudio's Paho path uses, with the same buffer settings) that only counts.
// Prints "received=N seconds=S" (S: first message to last) when N messages have arrived,
// or when none has come for IDLE seconds after the first.
// Usage: pahocount URI TOPIC QOS N [IDLE]
#include <mqtt/async_client.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

namespace {

double now()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 5) {
        std::fprintf(stderr, "usage: pahocount URI TOPIC QOS N [IDLE]\n");
        return 2;
    }
    const int qos = std::atoi(argv[3]);
    const long long wanted = std::atoll(argv[4]);
    const double idle = argc > 5 ? std::atof(argv[5]) : 5.0;
    std::atomic<long long> received{0};
    std::atomic<double> first{-1.0}, last{-1.0};
    try {
        mqtt::create_options createOptions(MQTTVERSION_3_1_1);
        createOptions.set_max_buffered_messages(1000000);
        mqtt::async_client client(argv[1], "", createOptions, nullptr);
        client.set_message_callback([&](mqtt::const_message_ptr) {
            const double t = now();
            last = t;
            if (received.fetch_add(1) == 0)
                first = t;
        });
        mqtt::connect_options options;
        options.set_mqtt_version(MQTTVERSION_3_1_1);
        options.set_clean_session(true);
        options.set_max_inflight(65535);
        client.connect(options)->wait();
        client.subscribe(argv[2], qos)->wait();
        std::fprintf(stderr, "pahocount: subscribed\n");
        while (received < wanted && (first < 0 || now() - last < idle))
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        client.disconnect()->wait();
    } catch (const mqtt::exception &e) {
        std::fprintf(stderr, "pahocount: %s\n", e.what());
        return 1;
    }
    const long long n = received;
    std::printf("received=%lld seconds=%.6f\n", n, n > 1 ? last - first : 0.0);
    return 0;
}
