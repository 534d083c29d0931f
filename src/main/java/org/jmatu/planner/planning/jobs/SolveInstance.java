package org.jmatu.planner.planning.jobs;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * This instance's name in the solve table and in Quartz's cluster: the host, the process and a random part, so
 * that two instances (or two application contexts in one test JVM) never share one.
 */
@Component
class SolveInstance {

    private final String id;

    SolveInstance() {
        this.id = host() + "-" + ManagementFactory.getRuntimeMXBean().getPid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    String id() {
        return id;
    }

    private static String host() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() > 60 ? name.substring(0, 60) : name;
        } catch (UnknownHostException unknown) {
            return "host";
        }
    }
}
