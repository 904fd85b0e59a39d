package org.blockstack.functions.deployment;

import java.util.Arrays;
import java.util.List;

/**
 * An API Gateway HTTP API route key ({@code "GET /v1/{proxy+}"}) and the Lambda it targets.
 * Matching follows API Gateway: {@code {name}} is one path segment, a final {@code {name+}} one
 * or more, {@code ANY} any method, {@code $default} everything.
 */
record ApiRoute(String key, String lambda) {
    String method() {
        return key.equals("$default") ? "ANY" : key.split(" ", 2)[0];
    }

    List<String> segments() {
        return Arrays.stream(key.split(" ", 2)[1].split("/")).filter(segment -> !segment.isEmpty()).toList();
    }

    boolean covers(HttpEndpoint endpoint) {
        if (key.equals("$default")) {
            return true;
        }
        if (!method().equals("ANY") && !method().equals(endpoint.method())) {
            return false;
        }
        List<String> route = segments();
        List<String> path = endpoint.segments();
        for (int i = 0; i < route.size(); i++) {
            String segment = route.get(i);
            if (segment.matches("\\{[^}]+\\+}")) {
                return i == route.size() - 1 && path.size() > i;
            }
            if (i >= path.size() || HttpEndpoint.isGreedy(path.get(i))) {
                return false;
            }
            boolean parameter = segment.matches("\\{[^}]+}");
            if (!parameter && !segment.equals(path.get(i))) {
                return false;
            }
        }
        return route.size() == path.size();
    }
}
